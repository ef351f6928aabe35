package org.herald.importer.recover;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.herald.i18n.Language;

/**
 * How a figure is written in each script: a hedge, a number and its multiplier, then the people it
 * counts. Every pattern has the same groups: 1 the hedge, 2 the number (ASCII digits: see
 * {@link Words#asciiDigits}), 3 the multiplier, 4 the noun of people. An English text is read with
 * the pattern of the Latin and Cyrillic scripts only; Arabic and Chinese have their own, tried only
 * on a text in their language, since their words are not separated as the others' are: Arabic
 * glues a preposition or a conjunction to the word or the number after it ("بـ1.2 مليون",
 * "بنحو", "اللاجئين"), Chinese writes no space at all ("约1200万名移民").
 */
final class FigurePatterns {

    /** The power of ten of each multiplier; "mil millones" is the Spanish billion, 万 is ten thousand. */
    private static final Map<String, Integer> MULTIPLIERS = Map.ofEntries(
            Map.entry("thousand", 3), Map.entry("million", 6), Map.entry("billion", 9),
            Map.entry("mille", 3), Map.entry("millions", 6), Map.entry("milliard", 9), Map.entry("milliards", 9),
            Map.entry("mil", 3), Map.entry("millón", 6), Map.entry("millones", 6), Map.entry("mil millones", 9),
            Map.entry("тыс", 3), Map.entry("тыс.", 3), Map.entry("тысяча", 3), Map.entry("тысячи", 3),
            Map.entry("тысяч", 3), Map.entry("млн", 6), Map.entry("млн.", 6), Map.entry("миллион", 6),
            Map.entry("миллиона", 6), Map.entry("миллионов", 6), Map.entry("млрд", 9), Map.entry("млрд.", 9));
    /** Arabic's, with and without the hamza texts often leave out, and the forms after 3 to 10 and 11 to 99. */
    private static final Map<String, Integer> ARABIC_MULTIPLIERS = Map.ofEntries(
            Map.entry("ألف", 3), Map.entry("الف", 3), Map.entry("ألفا", 3), Map.entry("الفا", 3),
            Map.entry("آلاف", 3), Map.entry("الاف", 3), Map.entry("مليون", 6), Map.entry("مليونا", 6),
            Map.entry("ملايين", 6), Map.entry("مليار", 9), Map.entry("مليارا", 9), Map.entry("مليارات", 9));
    private static final Map<String, Integer> CHINESE_MULTIPLIERS = Map.of(
            "千", 3, "万", 4, "百万", 6, "千万", 7, "亿", 8);

    /**
     * A number of thousands grouped by commas or spaces ("12,000", "275 000"), of thousands grouped
     * by more than one dot ("1.200.000"), or of digits with a decimal mark ("6.8", "6,8", "12.000").
     */
    private static final String NUMBER = "(?<![\\d.,])(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+"
            + "|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d)|\\d+(?:[.,]\\d+)?)";

    /** Then the people, maybe after "de" as French and Spanish write it ("1,2 million de personnes"). */
    private static final Pattern LATIN_OR_CYRILLIC = Pattern.compile("(?iu)(?<![\\p{L}])(?:(estimated"
            + "|approximately|about|around|some|over|more than|nearly|almost|at least|up to|environ|près de"
            + "|plus de|quelque|au moins|unos|unas|cerca de|más de|alrededor de|aproximadamente|casi|около|более"
            + "|свыше|почти|примерно|порядка|приблизительно|не менее)\\s+)?" + NUMBER
            + "(?:\\s*(" + Words.alternatives(MULTIPLIERS.keySet().stream()) + ")" + Words.END + ")?"
            + "(?:(?:\\s+de\\s+|\\s+d['’]|\\s+)(" + FigureUnit.PEOPLE + ")" + Words.END + ")?");

    /**
     * A hedge maybe after a conjunction or a preposition ("وحوالي", "بنحو"), a number maybe after
     * "بـ" or "لـ" ("ما يقدر بـ 1.2 مليون"), then the people, maybe after "من" and with the article
     * ("أكثر من 3.6 مليون من اللاجئين"). The hedge is reported as it is written, without the prefix.
     */
    private static final Pattern ARABIC = Pattern.compile("(?<![\\p{L}])(?:[وفبل]ـ*)?(?:("
            + Words.alternatives(Stream.of("ما يقدر", "ما يقدّر", "يقدر بنحو", "تقدر بنحو",
                    "يقدر بحوالي", "حوالي", "حوالى", "نحو", "قرابة", "زهاء", "أكثر من", "اكثر من", "ما يزيد على",
                    "ما يزيد عن", "ما لا يقل عن", "ما يقارب", "ما يناهز", "ما يصل إلى"))
            + ")\\s*)?(?:[بل]ـ*\\s*)?" + NUMBER
            + "(?:\\s*(" + Words.alternatives(ARABIC_MULTIPLIERS.keySet().stream()) + ")" + Words.END + ")?"
            + "(?:\\s+(?:من\\s+)?(?:ال)?(" + FigureUnit.ARABIC_PEOPLE + ")" + Words.END + ")?");

    /**
     * A hedge, maybe before the verb "有" that stays the clause's ("估计有"), a number, 万 or 亿, a
     * measure word (名), then the people, all without spaces.
     */
    private static final Pattern CHINESE = Pattern.compile("(?:(" + Words.alternatives(Stream.of(
                    "约", "大约", "估计", "据估计", "超过", "逾", "近", "将近", "接近", "至少", "多达", "高达"))
            + ")(?:有|达|为)?\\s*)?" + NUMBER + "[多余]?"
            + "(?:\\s*(" + Words.alternatives(CHINESE_MULTIPLIERS.keySet().stream()) + "))?[多余]?"
            + "(?:\\s*[" + FigureUnit.CHINESE_MEASURE_WORDS + "]?(" + FigureUnit.CHINESE_PEOPLE + "))?");

    private FigurePatterns() {
    }

    /** The pattern a text in this language is read with; null reads as English. */
    static Pattern of(Language language) {
        if (language == Language.AR) {
            return ARABIC;
        }
        return language == Language.ZH ? CHINESE : LATIN_OR_CYRILLIC;
    }

    /**
     * The hedge of a figure: the words before its number, else the "more than" Chinese writes
     * after the number or its 万 ("60多万", "66万多", "1200余名"); null when there is none.
     */
    static String hedge(Matcher figure, String text) {
        if (figure.group(1) != null) {
            return figure.group(1).toLowerCase(Locale.ROOT);
        }
        int end = figure.group(4) != null ? figure.start(4) : figure.end();
        for (int i = figure.end(2); i < end; i++) {
            if (text.charAt(i) == '多' || text.charAt(i) == '余') {
                return String.valueOf(text.charAt(i));
            }
        }
        return null;
    }

    /** The power of ten of a multiplier the pattern found. */
    static int power(String multiplier) {
        Integer power = MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT));
        if (power == null) {
            power = ARABIC_MULTIPLIERS.get(multiplier);
        }
        return power != null ? power : CHINESE_MULTIPLIERS.get(multiplier);
    }
}
