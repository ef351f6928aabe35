package org.herald.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.herald.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * What every endpoint checks of its query the same way: no parameter it does not know (a typo
 * such as {@code contry=by} would otherwise silently return everything), a language the site
 * offers, a {@code limit} within the maximum, and {@code fields} that name fields.
 */
@Component
class ApiParameters {

    /** The request attribute that carries the fields a client kept to {@link FieldTrimming}. */
    static final String FIELDS = ApiParameters.class.getName() + ".fields";

    private final SiteLanguages languages;
    private final ApiProperties properties;

    ApiParameters(SiteLanguages languages, ApiProperties properties) {
        this.languages = languages;
        this.properties = properties;
    }

    /** Refuses a parameter the endpoint does not know. */
    void allowOnly(HttpServletRequest request, String... known) {
        Set<String> allowed = Set.of(known);
        for (String name : Collections.list(request.getParameterNames())) {
            if (!allowed.contains(name)) {
                throw new BadRequestException("error.api.parameter", name,
                        known.length == 0 ? "-" : String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The language of a {@code lang} parameter or path segment; the default one when not given. */
    Language language(String code) {
        if (code == null || code.isBlank()) {
            return languages.defaultLanguage();
        }
        return languages.fromPath(code.trim()).orElseThrow(() -> new BadRequestException("error.api.language", code,
                languages.enabled().stream().map(Language::code).collect(Collectors.joining(", "))));
    }

    /** The page size asked for, the default when not given; a 400 outside 1 to the maximum. */
    int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return properties.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= properties.maxLimit()) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new BadRequestException("error.api.limit", raw, properties.maxLimit());
    }

    /**
     * Keeps the fields a client asked for ({@code fields=title,releaseDate}), each of which must
     * be a field of the items: trimmed from the response when it is written.
     */
    void fields(String raw, HttpServletRequest request, Class<? extends Record> items) {
        if (raw == null) {
            return;
        }
        List<String> known = Arrays.stream(items.getRecordComponents()).map(c -> c.getName()).toList();
        Set<String> asked = new LinkedHashSet<>();
        for (String name : raw.split(",")) {
            if (!name.isBlank()) {
                asked.add(name.trim());
            }
        }
        if (asked.isEmpty()) {
            throw new BadRequestException("error.api.fields-empty", String.join(", ", known));
        }
        for (String name : asked) {
            if (!known.contains(name)) {
                throw new BadRequestException("error.api.fields", name, String.join(", ", known));
            }
        }
        request.setAttribute(FIELDS, Set.copyOf(asked));
    }

    /** A country code of a filter or path, upper-cased ("by" to "BY"). */
    static String upper(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
