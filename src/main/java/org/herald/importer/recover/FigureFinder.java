package org.herald.importer.recover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herald.i18n.Language;
import org.herald.places.CountryMatcher;

/**
 * Figures a text states about a country: "now hosts an estimated 12 million migrants, followed
 * by Ukraine with 6.8 million" gives RU 12,000,000 migrants (estimated) and UA 6,800,000
 * migrants. A number counts only with a unit of people or a multiplier (so years and
 * article numbers do not), and only as a stock its clause states ("hosts", "is home to"), not as
 * the people of an event ("returned", "rescued"): see {@link FigureVerbs}. A figure without a unit,
 * or whose clause says neither, takes the unit and the reading of the one before it in the sentence;
 * its country is one named before it in its clause, else the nationality it counts ("700,000
 * Moldovans"), else the last one named before it in the sentence, else the first named after it in
 * its clause ("6.5 million people are internally displaced in Ukraine"). A sentence ends at a line
 * break too: a title or a list item is no part of the sentence after it. A unit keeps the words
 * that qualify it ({@link FigureUnit}).
 * <p>
 * Figures are read in the six UN languages: "Le Tchad accueille près de 1,2 million de réfugiés",
 * "Colombia acoge a unos 2,8 millones de migrantes", "В России проживает около 12 млн мигрантов",
 * "يستضيف الأردن ما يقدر بـ ١٫٣ مليون لاجئ", "土耳其收容了约360万名难民" ({@link FigurePatterns}). A
 * unit is reported in English whatever the language of its sentence, so that figures add up across
 * languages; a hedge as it is written ("près de", "около", "حوالي", "约"). A comma before exactly
 * three digits groups thousands in every language ("12,000"), one before one or two digits is a
 * decimal comma ("1,2 million"); a dot before exactly three digits groups thousands only in a text
 * in French, Spanish or Russian ("12.000 migrantes"), which is why the finder is told the text's
 * language. Only a text in Arabic or Chinese is read with their digits (Arabic-Indic, full-width)
 * and their pattern, so that a text in another language costs what it did.
 */
final class FigureFinder {

    /** A figure as the import reports it; {@code text} is the sentence that states it. */
    record Figure(String country, BigDecimal value, String unit, String qualifier, String text) {
    }

    private static final Pattern GROUPED_BY_COMMAS_OR_SPACES = Pattern.compile(
            "\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+");
    private static final Pattern GROUPED_BY_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[,.\\u00A0\\u202F ]");
    /** The languages that write a decimal comma, and group thousands with dots or spaces. */
    private static final Set<Language> DECIMAL_COMMA = EnumSet.of(Language.FR, Language.ES, Language.RU);
    /** The marks that end a clause, Arabic's and Chinese's among them ("،", "，", "、"). */
    private static final String CLAUSE_BREAKS = ",;:()–—،؛，；：（）、";
    /** The marks that end a sentence without a space after them, as Chinese writes them. */
    private static final String CHINESE_FULL_STOPS = "。！？";

    private FigureFinder() {
    }

    /**
     * @param language      the language of the text, which tells how it writes decimals; null if unknown
     * @param mentions      the countries a sentence names, in order
     * @param nationalities the country and the English plural of a nationality ("Moldaves"), or null
     */
    static List<Figure> find(String text, Language language, Function<String, List<CountryMatcher.Mention>> mentions,
                             Function<String, FigureUnit.Nationality> nationalities) {
        boolean decimalComma = DECIMAL_COMMA.contains(language);
        Pattern pattern = FigurePatterns.of(language);
        boolean otherDigits = language == Language.AR || language == Language.ZH;
        List<Figure> figures = new ArrayList<>();
        for (String sentence : sentences(text)) {
            addFigures(sentence, otherDigits ? Words.asciiDigits(sentence) : sentence, pattern, decimalComma,
                    mentions, nationalities, figures);
        }
        return figures;
    }

    /** The figures of a sentence, read in {@code digits}, the sentence with ASCII digits. */
    private static void addFigures(String sentence, String digits, Pattern pattern, boolean decimalComma,
                                   Function<String, List<CountryMatcher.Mention>> mentions,
                                   Function<String, FigureUnit.Nationality> nationalities, List<Figure> figures) {
        List<CountryMatcher.Mention> named = null;
        String unit = null;
        FigureVerbs.Reading reading = FigureVerbs.Reading.NOTHING;
        int previousEnd = 0;
        Matcher m = pattern.matcher(digits);
        while (m.find()) {
            String multiplier = m.group(3);
            FigureUnit.People people = FigureUnit.after(m.group(4), m.end(), sentence, nationalities);
            if (multiplier == null && people == null) {
                continue;
            }
            unit = people != null ? people.unit() : unit;
            if (unit == null) {
                continue;
            }
            int clauseStart = clauseStart(sentence, m.start(), previousEnd);
            int clauseEnd = clauseEnd(sentence, m.end());
            // A hedge may end with the clause's verb ("估计有"): the words before the number are read.
            FigureVerbs.Reading own = FigureVerbs.read(sentence, clauseStart, m.start(2), m.end(), clauseEnd);
            reading = own == FigureVerbs.Reading.NOTHING ? reading : own;
            previousEnd = m.end();
            if (reading != FigureVerbs.Reading.STOCK) {
                continue;
            }
            if (named == null) {
                named = mentions.apply(sentence);
            }
            String country = country(named, clauseStart, m, clauseEnd, people);
            if (country != null) {
                figures.add(new Figure(country, value(m.group(2), decimalComma, multiplier), unit,
                        FigurePatterns.hedge(m, digits), sentence.strip()));
            }
        }
    }

    /**
     * The country of a figure: one named before it in its clause ("Russia hosts 300,000 Kyrgyz
     * workers"), else the nationality it counts, else the last named before it in the sentence ("The
     * Russian Federation, which ..., now hosts"), else the first named after it in its clause.
     */
    private static String country(List<CountryMatcher.Mention> named, int clauseStart, Matcher number, int clauseEnd,
                                  FigureUnit.People people) {
        String country = lastNamed(named, clauseStart, number.start());
        if (country == null && people != null) {
            country = people.nationality();
        }
        if (country == null) {
            country = lastNamed(named, 0, number.start());
        }
        return country != null ? country : firstNamed(named, number.end(), clauseEnd);
    }

    /** The sentences with a digit, of each line (a title, a paragraph, a list item) of the text. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (hasDigit(text, start, end)) {
                addSentences(text.substring(start, end), sentences);
            }
            start = end + 1;
        }
        return sentences;
    }

    /**
     * The line cut where a sentence ends: after ".", "!" or "?", at the spaces before a capital, an
     * opening quote or a letter of Arabic, which has no capitals; right after "。", "！" or "？". What
     * {@code split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])")} gives for a text in Latin or Cyrillic, without a
     * pattern tried at every character.
     */
    private static void addSentences(String line, List<String> sentences) {
        int start = 0;
        for (int i = 1; i < line.length(); i++) {
            // No full stop of Chinese is before U+3002, which spares a text in another script the look-up.
            if (line.charAt(i - 1) >= '\u3002' && CHINESE_FULL_STOPS.indexOf(line.charAt(i - 1)) >= 0) {
                sentences.add(line.substring(start, i));
                start = i;
                continue;
            }
            if (".!?؟".indexOf(line.charAt(i - 1)) < 0 || !isRegexSpace(line.charAt(i))) {
                continue;
            }
            int next = i;
            while (next < line.length() && isRegexSpace(line.charAt(next))) {
                next++;
            }
            if (next < line.length() && startsSentence(line.codePointAt(next))) {
                sentences.add(line.substring(start, i));
                start = next;
            }
            i = next - 1;
        }
        sentences.add(line.substring(start));
    }

    private static boolean startsSentence(int c) {
        return c == '"' || c == '“' || Character.getType(c) == Character.UPPERCASE_LETTER
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c);
    }

    /** A character of the pattern {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause going on at {@code to} starts: after the last clause break, or {@code from}. */
    private static int clauseStart(String sentence, int to, int from) {
        for (int i = to - 1; i >= from; i--) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** Where the clause that goes on at {@code from} ends: at the next comma, semicolon, colon, bracket or dash. */
    private static int clauseEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentence.length();
    }

    private static String lastNamed(List<CountryMatcher.Mention> mentions, int from, int to) {
        String country = null;
        for (CountryMatcher.Mention mention : mentions) {
            if (mention.start() >= from && mention.end() <= to) {
                country = mention.code();
            }
        }
        return country;
    }

    private static String firstNamed(List<CountryMatcher.Mention> mentions, int from, int to) {
        for (CountryMatcher.Mention mention : mentions) {
            if (mention.start() >= from && mention.end() <= to) {
                return mention.code();
            }
        }
        return null;
    }

    /**
     * The value of a number as its language writes it. Spaces group thousands ("275 000"). A comma
     * followed by one or two digits, and a dot followed by other than three, is a decimal mark ("6,8
     * millones", "1,25 млн", "6.8 million"). A comma followed by exactly three digits groups thousands, as English and
     * the Spanish of the Americas write it, even before a multiplier ("12,000"; "1,200 million" is 1.2
     * billion). A dot followed by exactly three digits groups thousands in French, Spanish and Russian,
     * which write a decimal comma ("12.000 migrantes"; "1.500 millones" is 1.5 billion), and in a number
     * with more than one dot ("1.200.000"); else it is a decimal mark, as English writes it ("1.500
     * million" is 1.5 million).
     */
    private static BigDecimal value(String number, boolean decimalComma, String multiplier) {
        boolean groupedByDots = GROUPED_BY_DOTS.matcher(number).matches()
                && (decimalComma || number.indexOf('.') != number.lastIndexOf('.'));
        boolean grouped = groupedByDots || GROUPED_BY_COMMAS_OR_SPACES.matcher(number).matches();
        BigDecimal value = new BigDecimal(grouped ? THOUSANDS_SEPARATOR.matcher(number).replaceAll("")
                : number.replace(',', '.'));
        if (multiplier != null) {
            value = value.movePointRight(FigurePatterns.power(multiplier));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
