package org.herald.importer.recover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herald.places.CountryMatcher;

/**
 * Figures a text states about a country: "now hosts an estimated 12 million migrants, followed
 * by Ukraine with 6.8 million" gives RU 12,000,000 migrants (estimated) and UA 6,800,000
 * migrants. A number counts only with a unit of people or a multiplier (so years and
 * article numbers do not); a figure without a unit takes the one before it in the sentence;
 * its country is the last one named before it in the sentence. Units are English words (French
 * shares "migrants"); hedges are read in English, French and Spanish.
 */
final class FigureFinder {

    /** A figure as the import reports it; {@code text} is the sentence that states it. */
    record Figure(String country, BigDecimal value, String unit, String qualifier, String text) {
    }

    private static final Map<String, Integer> MULTIPLIERS = Map.of("thousand", 3, "million", 6, "billion", 9);
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:(estimated|approximately|about|around|some|over"
            + "|more than|nearly|almost|at least|up to|environ|près de|plus de|quelque|unos|cerca de|más de"
            + "|alrededor de)\\s+)?(?<![\\d.,])(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "(?:\\s*(thousand|million|billion)\\b)?(?:\\s+(migrant workers|migrants|refugees|asylum[- ]seekers"
            + "|internally displaced (?:persons|people)|displaced (?:persons|people)|IDPs|returnees|people|persons"
            + "|victims|workers|children)\\b)?");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[,\\u00A0\\u202F ]");

    private FigureFinder() {
    }

    static List<Figure> find(String text, CountryMatcher countries) {
        List<Figure> figures = new ArrayList<>();
        for (String sentence : sentences(text)) {
            if (!hasDigit(sentence)) {
                continue;
            }
            List<CountryMatcher.Mention> mentions = null;
            String unit = null;
            Matcher m = NUMBER.matcher(sentence);
            while (m.find()) {
                String multiplier = m.group(3);
                String ownUnit = m.group(4);
                if (multiplier == null && ownUnit == null) {
                    continue;
                }
                unit = ownUnit != null ? ownUnit.toLowerCase(Locale.ROOT) : unit;
                if (unit == null) {
                    continue;
                }
                if (mentions == null) {
                    mentions = countries.mentions(sentence);
                }
                String country = countryBefore(mentions, m.start());
                if (country != null) {
                    figures.add(new Figure(country, value(m.group(2), multiplier), unit,
                            m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT), sentence.strip()));
                }
            }
        }
        return figures;
    }

    /**
     * The text cut where a sentence ends: after ".", "!" or "?", at the spaces before a capital or
     * an opening quote. What {@code split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])")} gives, without a pattern
     * tried at every character.
     */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (".!?".indexOf(text.charAt(i - 1)) < 0 || !isRegexSpace(text.charAt(i))) {
                continue;
            }
            int next = i;
            while (next < text.length() && isRegexSpace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && startsSentence(text.codePointAt(next))) {
                sentences.add(text.substring(start, i));
                start = next;
            }
            i = next - 1;
        }
        sentences.add(text.substring(start));
        return sentences;
    }

    private static boolean startsSentence(int c) {
        return c == '"' || c == '“' || Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /** A character of the pattern {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasDigit(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String countryBefore(List<CountryMatcher.Mention> mentions, int position) {
        String country = null;
        for (CountryMatcher.Mention mention : mentions) {
            if (mention.end() <= position) {
                country = mention.code();
            }
        }
        return country;
    }

    private static BigDecimal value(String number, String multiplier) {
        BigDecimal value = new BigDecimal(THOUSANDS_SEPARATOR.matcher(number).replaceAll(""));
        if (multiplier != null) {
            value = value.movePointRight(MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT)));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
