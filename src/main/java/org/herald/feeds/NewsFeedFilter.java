package org.herald.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.herald.content.ArticleKind;
import org.herald.places.Countries;
import org.herald.web.BadRequestException;
import org.herald.web.QueryParameters;

/**
 * The filters of a news feed: those of the news listing (kind, country, year) and theme. A
 * parameter the feed does not know is refused (400), as is a malformed value; a well-formed
 * theme nobody uses is not malformed, its feed is empty.
 */
record NewsFeedFilter(ArticleKind kind, String country, String theme, Integer year) {

    static final Set<String> NAMES = Set.of("kind", "country", "theme", "year");
    private static final int LONGEST_THEME = 80;

    static NewsFeedFilter read(Map<String, String[]> parameters, Countries countries) {
        refuseUnknown(parameters, NAMES);
        String kind = single(parameters, "kind");
        String country = single(parameters, "country");
        String theme = single(parameters, "theme");
        ArticleKind articleKind = kind == null ? null : ArticleKind.fromSlug(kind)
                .orElseThrow(() -> new BadRequestException("error.parameter.kind", kind));
        if (country != null && !countries.exists(country)) {
            throw new BadRequestException("error.parameter.country", country);
        }
        if (theme != null && (theme.length() > LONGEST_THEME || !theme.matches("[a-z0-9-]+"))) {
            throw new BadRequestException("error.feeds.theme", theme);
        }
        return new NewsFeedFilter(articleKind, country == null ? null : country.toUpperCase(Locale.ROOT), theme,
                QueryParameters.year(single(parameters, "year")));
    }

    /** Refuses a parameter not among the names, so that a misspelt filter is not silently ignored. */
    static void refuseUnknown(Map<String, String[]> parameters, Set<String> names) {
        for (String name : parameters.keySet()) {
            if (!names.contains(name)) {
                throw new BadRequestException("error.feeds.parameter", name);
            }
        }
    }

    /** A parameter's one value, trimmed; null when absent or blank; refused when repeated. */
    static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new BadRequestException("error.feeds.repeated", name);
        }
        return values[0].isBlank() ? null : values[0].trim();
    }

    /** The filter's query string in one order ("?kind=news&amp;country=by"), empty for none. */
    String query() {
        List<String> parts = new ArrayList<>();
        if (kind != null) {
            parts.add("kind=" + kind.slug());
        }
        if (country != null) {
            parts.add("country=" + country.toLowerCase(Locale.ROOT));
        }
        if (theme != null) {
            parts.add("theme=" + theme);
        }
        if (year != null) {
            parts.add("year=" + year);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
