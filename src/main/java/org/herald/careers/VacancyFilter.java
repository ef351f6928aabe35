package org.herald.careers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.herald.web.BadRequestException;

/**
 * The filters of the vacancies' list, feed and API, each optional: duty station (city), country
 * (ISO code), grade, contract type, a language required. An unknown parameter or contract type is a
 * 400 naming it.
 */
public record VacancyFilter(String city, String country, String grade, ContractType contract, String language) {

    public static final VacancyFilter NONE = new VacancyFilter(null, null, null, null, null);
    private static final Set<String> NAMES = Set.of("city", "country", "grade", "contract", "language");

    /** The filter in a request's parameters; {@code allowed} names the other parameters the path takes. */
    public static VacancyFilter read(Map<String, String[]> parameters, Set<String> allowed) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name) && !allowed.contains(name)) {
                throw new BadRequestException("error.parameter.vacancy-filter", name);
            }
        }
        String contract = value(parameters, "contract");
        String country = value(parameters, "country");
        String language = value(parameters, "language");
        return new VacancyFilter(value(parameters, "city"),
                country == null ? null : country.toUpperCase(Locale.ROOT), value(parameters, "grade"),
                contract == null ? null : ContractType.fromSlug(contract.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new BadRequestException("error.parameter.contract", contract)),
                language == null ? null : language.toLowerCase(Locale.ROOT));
    }

    boolean accepts(VacancyTerms terms) {
        return (city == null || city.equalsIgnoreCase(terms.city()))
                && (country == null || country.equals(terms.country()))
                && (grade == null || grade.equalsIgnoreCase(terms.grade()))
                && (contract == null || contract == terms.contract())
                && (language == null || terms.languages().contains(language));
    }

    /** The filter as a query string ("?country=BY"), empty when there is none. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "city", city);
        add(parts, "country", country);
        add(parts, "grade", grade);
        add(parts, "contract", contract == null ? null : contract.slug());
        add(parts, "language", language);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String value(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].trim();
    }
}
