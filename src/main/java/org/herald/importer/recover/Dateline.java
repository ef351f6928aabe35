package org.herald.importer.recover;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a release's first paragraph, as the six languages write it: "Geneva – ...",
 * "MINSK, 14 March — ...", "GENEVA (IOM), 22 May 2019 - ...", "عمان، 22 مايو 2019 – ...",
 * "日内瓦，2019年5月22日——...". Only a place the vocabulary knows, or one written in capitals as
 * datelines are, counts; otherwise "Director General McKinley – ..." would be one. Arabic and
 * Chinese have no capitals, so there only a known place counts.
 */
final class Dateline {

    /** The dateline's city, its country (null when unknown), its date text, and the paragraph after it. */
    record Found(String city, String country, String dateText, String rest) {
    }

    /**
     * A place starts with a capital or a letter of a script without case (Arabic, Chinese); the
     * dash is followed by a space, or in Chinese by the text ("日内瓦——国际"), not by a lower-case
     * word ("IOM—the UN Migration Agency—said" is no dateline).
     */
    private static final Pattern DATELINE = Pattern.compile("^([\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’. -]{1,40}?)"
            + "(?:\\s*[(（][^)）]{1,30}[)）])?(?:\\s*[,،，]\\s*([^–—\\-]{3,40}?))?\\s*"
            + "(?:[–—]+(?:\\s+|(?=\\p{Lo}))|--?\\s+)(\\S.*)$", Pattern.DOTALL);
    /** The longest place, agency and date the pattern takes, ordinarily spaced, end before this many characters. */
    private static final int DASH_WITHIN = 130;

    private Dateline() {
    }

    static Optional<Found> find(String paragraph, Function<String, String> countryOfPlace) {
        if (!couldOpenADateline(paragraph)) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        String country = countryOfPlace.apply(place);
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT))
                && place.codePoints().anyMatch(Character::isUpperCase);
        if (country == null && !capitals) {
            return Optional.empty();
        }
        if (country == null) {
            country = countryOfPlace.apply(titleCase(place));
        }
        return Optional.of(new Found(capitals ? titleCase(place) : place, country, m.group(2), m.group(3)));
    }

    /** Whether the pattern can match: a first letter it takes, and a dash near the start. */
    private static boolean couldOpenADateline(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        int first = paragraph.codePointAt(0);
        int type = Character.getType(first);
        if (type != Character.UPPERCASE_LETTER && type != Character.OTHER_LETTER) {
            return false;
        }
        for (int i = 1; i < Math.min(paragraph.length(), DASH_WITHIN); i++) {
            char c = paragraph.charAt(i);
            if (c == '–' || c == '—' || c == '-') {
                return true;
            }
        }
        return false;
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
