package org.herald.importer.recover;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a release's first paragraph: "Geneva – ...", "MINSK, 14 March — ...",
 * "GENEVA (IOM), 22 May 2019 - ...". Only a place the vocabulary knows, or one written in
 * capitals as datelines are, counts; otherwise "Director General McKinley – ..." would be one.
 */
final class Dateline {

    /** The dateline's city, its country (null when unknown), its date text, and the paragraph after it. */
    record Found(String city, String country, String dateText, String rest) {
    }

    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}'’. -]{1,40}?)"
            + "(?:\\s*\\([^)]{1,30}\\))?(?:,\\s*([^–—\\-]{3,40}?))?\\s*(?:[–—]|--?)\\s+(\\S.*)$", Pattern.DOTALL);

    private Dateline() {
    }

    static Optional<Found> find(String paragraph, Function<String, String> countryOfPlace) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        String country = countryOfPlace.apply(place);
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter);
        if (country == null && !capitals) {
            return Optional.empty();
        }
        if (country == null && capitals) {
            country = countryOfPlace.apply(titleCase(place));
        }
        return Optional.of(new Found(capitals ? titleCase(place) : place, country, m.group(2), m.group(3)));
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
