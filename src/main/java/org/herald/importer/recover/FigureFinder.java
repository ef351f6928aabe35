package org.herald.importer.recover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Figures are read in English, French, Spanish and Russian: "Le Tchad accueille près de 1,2 million
 * de réfugiés", "Colombia acoge a unos 2,8 millones de migrantes", "В России проживает около 12 млн
 * мигрантов". A unit is reported in English whatever the language of its sentence, so that figures
 * add up across languages; a hedge as it is written ("près de", "около"). A comma before exactly
 * three digits groups thousands in every language ("12,000"), one before one or two digits is a
 * decimal comma ("1,2 million"); a dot before exactly three digits groups thousands only in a text
 * in French, Spanish or Russian ("12.000 migrantes"), which is why the finder is told the text's
 * language.
 */
final class FigureFinder {

    /** A figure as the import reports it; {@code text} is the sentence that states it. */
    record Figure(String country, BigDecimal value, String unit, String qualifier, String text) {
    }

    /** The power of ten of each multiplier; "mil millones" is the Spanish billion. */
    private static final Map<String, Integer> MULTIPLIERS = Map.ofEntries(
            Map.entry("thousand", 3), Map.entry("million", 6), Map.entry("billion", 9),
            Map.entry("mille", 3), Map.entry("millions", 6), Map.entry("milliard", 9), Map.entry("milliards", 9),
            Map.entry("mil", 3), Map.entry("millón", 6), Map.entry("millones", 6), Map.entry("mil millones", 9),
            Map.entry("тыс", 3), Map.entry("тыс.", 3), Map.entry("тысяча", 3), Map.entry("тысячи", 3),
            Map.entry("тысяч", 3), Map.entry("млн", 6), Map.entry("млн.", 6), Map.entry("миллион", 6),
            Map.entry("миллиона", 6), Map.entry("миллионов", 6), Map.entry("млрд", 9), Map.entry("млрд.", 9));
    /**
     * A hedge, a number and its multiplier, then the people it counts, maybe after "de" as French and
     * Spanish write it ("1,2 million de personnes", "6,8 millones de migrantes"). The number is one
     * of thousands grouped by commas or spaces ("12,000", "275 000"), of thousands grouped by more
     * than one dot ("1.200.000"), or of digits with a decimal mark ("6.8", "6,8", "12.000"): see
     * {@link #value}.
     */
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:(estimated|approximately|about|around"
            + "|some|over|more than|nearly|almost|at least|up to|environ|près de|plus de|quelque|au moins|unos|unas"
            + "|cerca de|más de|alrededor de|aproximadamente|casi|около|более|свыше|почти|примерно|порядка"
            + "|приблизительно|не менее)\\s+)?(?<![\\d.,])(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+"
            + "|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d)|\\d+(?:[.,]\\d+)?)"
            + "(?:\\s*(" + Words.alternatives(MULTIPLIERS.keySet().stream()) + ")" + Words.END + ")?"
            + "(?:(?:\\s+de\\s+|\\s+d['’]|\\s+)(" + FigureUnit.PEOPLE + ")" + Words.END + ")?");
    private static final Pattern GROUPED_BY_COMMAS_OR_SPACES = Pattern.compile(
            "\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+");
    private static final Pattern GROUPED_BY_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[,.\\u00A0\\u202F ]");
    /** The languages that write a decimal comma, and group thousands with dots or spaces. */
    private static final Set<Language> DECIMAL_COMMA = EnumSet.of(Language.FR, Language.ES, Language.RU);
    private static final String CLAUSE_BREAKS = ",;:()–—";

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
        List<Figure> figures = new ArrayList<>();
        for (String sentence : sentences(text)) {
            addFigures(sentence, decimalComma, mentions, nationalities, figures);
        }
        return figures;
    }

    private static void addFigures(String sentence, boolean decimalComma,
                                   Function<String, List<CountryMatcher.Mention>> mentions,
                                   Function<String, FigureUnit.Nationality> nationalities, List<Figure> figures) {
        List<CountryMatcher.Mention> named = null;
        String unit = null;
        FigureVerbs.Reading reading = FigureVerbs.Reading.NOTHING;
        int previousEnd = 0;
        Matcher m = NUMBER.matcher(sentence);
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
            FigureVerbs.Reading own = FigureVerbs.read(sentence, clauseStart, m.start(), m.end(), clauseEnd);
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
                        m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT), sentence.strip()));
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
     * The line cut where a sentence ends: after ".", "!" or "?", at the spaces before a capital or
     * an opening quote. What {@code split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])")} gives, without a pattern
     * tried at every character.
     */
    private static void addSentences(String line, List<String> sentences) {
        int start = 0;
        for (int i = 1; i < line.length(); i++) {
            if (".!?".indexOf(line.charAt(i - 1)) < 0 || !isRegexSpace(line.charAt(i))) {
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
        return c == '"' || c == '“' || Character.getType(c) == Character.UPPERCASE_LETTER;
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
            value = value.movePointRight(MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT)));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
