package org.herald.careers;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A vacancy's terms as the editor types them: one {@code name = value} line each (read with
 * {@link Properties}), in the order of {@link #TEMPLATE}. Dates are ISO date-times: with an offset
 * ({@code 2027-01-06T17:00Z}) or without, in the duty station's time zone.
 */
final class TermsText {

    /** The terms of a new vacancy, to fill in. */
    static final String TEMPLATE = """
            reference =
            grade =
            duty-station = City, CC
            contract = fixed-term
            duration =
            languages = en
            opens = 2027-01-01T09:00
            closes = 2027-01-31T17:00
            apply =
            """;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private TermsText() {
    }

    /** Why the terms cannot be stored: a message key. */
    static final class Refused extends Exception {
        Refused(String key) {
            super(key, null, false, false);
        }
    }

    static VacancyTerms read(UUID group, String text, DutyStations stations) throws Refused {
        Properties terms = new Properties();
        try {
            terms.load(new StringReader(text == null ? "" : text));
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new Refused("error.vacancy.unreadable");
        }
        String reference = required(terms, "reference");
        String grade = required(terms, "grade");
        String[] station = required(terms, "duty-station").split(",");
        if (station.length != 2 || station[0].isBlank()) {
            throw new Refused("error.vacancy.duty-station");
        }
        String city = station[0].trim();
        String country = station[1].trim().toUpperCase(Locale.ROOT);
        ZoneId zone = stations.zone(city, country).orElseThrow(() -> new Refused("error.vacancy.duty-station"));
        ContractType contract = ContractType.fromSlug(required(terms, "contract").toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new Refused("error.vacancy.contract"));
        List<String> languages = Arrays.stream(required(terms, "languages").split(","))
                .map(code -> code.trim().toLowerCase(Locale.ROOT)).filter(code -> !code.isEmpty()).distinct().toList();
        if (languages.stream().anyMatch(code -> !LANGUAGE.matcher(code).matches())) {
            throw new Refused("error.vacancy.languages");
        }
        Instant opens = instant(required(terms, "opens"), zone);
        Instant closes = instant(required(terms, "closes"), zone);
        if (!closes.isAfter(opens)) {
            throw new Refused("error.vacancy.closes-before-opens");
        }
        String apply = required(terms, "apply");
        String url = null;
        String email = null;
        if (EMAIL.matcher(apply).matches()) {
            email = apply;
        } else if (apply.startsWith("https://") || apply.startsWith("http://")) {
            try {
                url = URI.create(apply).toString();
            } catch (IllegalArgumentException bad) {
                throw new Refused("error.vacancy.apply");
            }
        } else {
            throw new Refused("error.vacancy.apply");
        }
        String duration = terms.getProperty("duration", "").trim();
        return new VacancyTerms(group, limit(reference, 60), limit(grade, 40), limit(city, 100), country, zone, contract,
                duration.isEmpty() ? null : limit(duration, 100), languages, opens, closes, url, email,
                "yes".equalsIgnoreCase(terms.getProperty("demonstration", "").trim()));
    }

    private static String required(Properties terms, String name) throws Refused {
        String value = terms.getProperty(name, "").trim();
        if (value.isEmpty()) {
            throw new Refused("error.vacancy." + name + ".required");
        }
        return value;
    }

    private static Instant instant(String value, ZoneId zone) throws Refused {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException unreadable) {
                throw new Refused("error.vacancy.date");
            }
        }
    }

    private static String limit(String value, int length) throws Refused {
        if (value.length() > length) {
            throw new Refused("error.vacancy.too-long");
        }
        return value;
    }
}
