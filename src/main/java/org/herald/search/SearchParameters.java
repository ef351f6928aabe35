package org.herald.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.herald.i18n.Language;
import org.herald.web.BadRequestException;

/**
 * The parameters of the search page and of {@code /api/v1/search}, as typed in a URL:
 * {@code q, kind, country, theme, year, language, from, to, sort, page, goal}. Malformed ones are
 * refused with the reason (400); facet values nobody has are not malformed, they find nothing.
 */
public record SearchParameters(String q, String kind, String country, String theme, String year, String language,
                        String from, String to, String sort, String page, String goal) {

    private static final int MAX_VALUE_LENGTH = 100;
    private static final int MAX_PAGE = 1_000_000;

    /** A search with no goal filter. */
    public SearchParameters(String q, String kind, String country, String theme, String year, String language,
                            String from, String to, String sort, String page) {
        this(q, kind, country, theme, year, language, from, to, sort, page, null);
    }

    SearchRequest toRequest(Language site, int size) {
        QueryReader.check(q);
        for (String value : new String[] {kind, country, theme, year, language, from, to, sort, page, goal}) {
            if (value != null && value.length() > MAX_VALUE_LENGTH) {
                throw new BadRequestException("error.search.parameter-too-long", MAX_VALUE_LENGTH);
            }
        }
        boolean byDate = switch (blankToNull(sort) == null ? "relevance" : sort.trim()) {
            case "relevance" -> false;
            case "date" -> true;
            default -> throw new BadRequestException("error.search.sort", sort);
        };
        return new SearchRequest(q == null ? "" : q.trim(), site, blankToNull(kind), upper(country), blankToNull(theme),
                blankToNull(year), lower(language), date("from", from), date("to", to), byDate, pageNumber(), size,
                blankToNull(goal) == null ? null : goal.trim());
    }

    /** The query string for the same search with one parameter changed (null or blank removes it). */
    public String with(String name, String value) {
        Map<String, String> values = values();
        values.put(name, value);
        if (!name.equals("page")) {
            values.remove("page");
        }
        String query = values.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + java.net.URLEncoder.encode(entry.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** Whether a facet value is the one chosen. */
    public boolean chosen(String name, String value) {
        String current = values().get(name);
        return current != null && current.trim().equalsIgnoreCase(value);
    }

    public boolean anyFilter() {
        return values().entrySet().stream().anyMatch(entry -> !entry.getKey().equals("q")
                && !entry.getKey().equals("page") && !entry.getKey().equals("sort")
                && entry.getValue() != null && !entry.getValue().isBlank());
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("kind", kind);
        values.put("country", country);
        values.put("theme", theme);
        values.put("goal", goal);
        values.put("year", year);
        values.put("language", language);
        values.put("from", from);
        values.put("to", to);
        values.put("sort", sort);
        values.put("page", page);
        return values;
    }

    private int pageNumber() {
        if (blankToNull(page) == null) {
            return 1;
        }
        String trimmed = page.trim();
        if (!trimmed.matches("\\d{1,12}") || Long.parseLong(trimmed) < 1) {
            throw new BadRequestException("error.parameter.page", page);
        }
        return (int) Math.min(Long.parseLong(trimmed), MAX_PAGE);
    }

    private static LocalDate date(String name, String raw) {
        if (blankToNull(raw) == null) {
            return null;
        }
        String trimmed = raw.trim();
        try {
            return trimmed.matches("\\d{4}") ? ("from".equals(name) ? LocalDate.of(Integer.parseInt(trimmed), 1, 1)
                    : LocalDate.of(Integer.parseInt(trimmed), 12, 31)) : LocalDate.parse(trimmed);
        } catch (java.time.DateTimeException e) {
            throw new BadRequestException("error.search.date", raw);
        }
    }

    private static String lower(String value) {
        String trimmed = blankToNull(value);
        return trimmed == null ? null : trimmed.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String upper(String value) {
        String trimmed = blankToNull(value);
        return trimmed == null ? null : trimmed.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
