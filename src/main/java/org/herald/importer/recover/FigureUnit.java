package org.herald.importer.recover;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a figure counts: a noun of people, or a nationality ("700,000 Moldovans", "300,000
 * Kyrgyz workers"), with the words that qualify them where the text puts them after the noun:
 * "6.5 million people are internally displaced" counts "internally displaced people", "1.2 million
 * citizens working abroad" counts "citizens working abroad". The nouns of French, Spanish and
 * Russian ("personnes déplacées internes", "refugiados", "трудовых мигрантов") count the English unit
 * they translate, as do those of Arabic and Chinese ("لاجئين", "难民"), so that a figure adds up with
 * those of the other languages on the Data pages; the words that qualify a unit are read in English.
 * A nationality is read in English, French, Spanish and Russian ("Moldaves", "moldavos", "молдаван"),
 * maybe after "de" ("2,8 millones de venezolanos"), and counts its English plural ("Moldovans"); an
 * English adjective of nationality before a noun counts both ("Syrian refugees"). Chinese writes a
 * nationality as the country's name and 人 ("叙利亚人"), or the name alone before the noun ("叙利亚难民").
 */
final class FigureUnit {

    /** The people, and the country of their nationality when a nationality names them (else null). */
    record People(String unit, String nationality) {
    }

    /** What a nationality stands for: the country, and the English plural it is reported as ("Moldovans"). */
    record Nationality(String country, String plural) {
    }

    /**
     * The nouns of people of French, Spanish and Russian, by the English unit each counts. Russian
     * gives the forms a number takes ("2 мигранта", "5 мигрантов"), and the dative a verb may put
     * them in ("даёт приют 7 000 беженцам"), with "ё" and without. Not the instrumental: after a
     * number it is the people one works with ("работает с 1 500 мигрантами"), of which no verb tells.
     */
    private static final Map<String, List<String>> LATIN_OR_CYRILLIC = Map.of(
            "migrants", List.of("migrantes", "мигрантов", "мигранта", "мигранты", "мигрантам"),
            "people", List.of("personnes", "personas", "человек"),
            "refugees", List.of("réfugiés", "refugiados", "беженцев", "беженца", "беженцы", "беженцам"),
            "migrant workers", List.of("travailleurs migrants", "trabajadores migrantes", "trabajadores migratorios",
                    "трудовых мигрантов", "трудовых мигранта", "трудовые мигранты", "трудовым мигрантам"),
            "internally displaced people", List.of("personnes déplacées internes", "déplacés internes",
                    "desplazados internos", "personas desplazadas internas", "внутренне перемещённых лиц",
                    "внутренне перемещенных лиц", "внутренне перемещённым лицам", "внутренне перемещенным лицам",
                    "ВПЛ"),
            "displaced people", List.of("personnes déplacées", "personas desplazadas", "перемещённых лиц",
                    "перемещенных лиц"),
            "asylum seekers", List.of("demandeurs d'asile", "demandeurs d’asile", "solicitantes de asilo",
                    "просителей убежища"),
            "children", List.of("enfants", "niños", "детей", "детям"),
            "nationals", List.of("ressortissants", "nacionales"),
            "citizens", List.of("citoyens", "ciudadanos", "граждан", "гражданам"));
    /**
     * Arabic's, without the article a text may give them after "من" ("من اللاجئين"): the singular a
     * multiplier takes ("مليون لاجئ"), the plurals, and the accusative after 11 to 99 ("12 ألف
     * مهاجرا"); with the hamza and without.
     */
    private static final Map<String, List<String>> ARABIC = Map.of(
            "migrants", List.of("مهاجر", "مهاجرا", "مهاجرين", "مهاجرون"),
            "refugees", List.of("لاجئ", "لاجئا", "لاجئين", "لاجئون"),
            "internally displaced people", List.of("نازح داخليا", "نازحا داخليا", "نازحين داخليا",
                    "نازحون داخليا", "مشرد داخليا", "مشردين داخليا"),
            "displaced people", List.of("نازح", "نازحا", "نازحين", "نازحون"),
            "people", List.of("شخص", "شخصا", "أشخاص", "اشخاص", "نسمة"),
            "migrant workers", List.of("عامل مهاجر", "عاملا مهاجرا", "عمال مهاجرين", "عمال المهاجرين"),
            "workers", List.of("عامل", "عاملا", "عمال"),
            "asylum seekers", List.of("طالب لجوء", "طالبي لجوء", "طالبو لجوء", "طالبي اللجوء", "ملتمس لجوء",
                    "ملتمسي لجوء", "ملتمسي اللجوء"),
            "children", List.of("طفل", "طفلا", "أطفال", "اطفال"),
            "citizens", List.of("مواطن", "مواطنا", "مواطنين", "مواطنون"));
    /** Chinese's, which a number takes as they are ("1200万名移民", "650万人"). */
    private static final Map<String, List<String>> CHINESE = Map.of(
            "migrants", List.of("移民"),
            "refugees", List.of("难民"),
            "internally displaced people", List.of("境内流离失所者", "国内流离失所者"),
            "displaced people", List.of("流离失所者"),
            "people", List.of("人", "人口"),
            "migrant workers", List.of("移民工人", "移民劳工", "外籍劳工"),
            "workers", List.of("工人"),
            "asylum seekers", List.of("寻求庇护者"),
            "children", List.of("儿童"),
            "citizens", List.of("公民"));
    private static final Map<String, String> TRANSLATED = translated(LATIN_OR_CYRILLIC, ARABIC, CHINESE);

    /** The nouns of people a number may count, maybe after a state ("internally displaced people"), as a pattern. */
    static final String PEOPLE = "(?:(?:internally )?(?:" + String.join("|", FigureVerbs.STATES) + ") )?"
            + "(?:migrant workers|migrants|refugees|asylum[- ]seekers|persons|people|children|citizens|nationals)"
            + "|IDPs|returnees|victims|workers|" + nouns(LATIN_OR_CYRILLIC);
    /** The nouns of Arabic and of Chinese, as patterns. */
    static final String ARABIC_PEOPLE = nouns(ARABIC);
    static final String CHINESE_PEOPLE = nouns(CHINESE);
    /** The measure words Chinese may put between a number and the people it counts ("130万名难民"). */
    static final String CHINESE_MEASURE_WORDS = "名位个";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern STATE = Pattern.compile("\\s+(?:" + String.join("|", FigureVerbs.BE_NOW)
            + ")\\s+(?:still\\s+)?((?:internally\\s+)?(?:" + String.join("|", FigureVerbs.STATES) + "))\\b", FLAGS);
    private static final Pattern ABROAD = Pattern.compile(
            "\\s+(?:who\\s+)?(work|working|live|living|reside|residing)\\s+abroad\\b", FLAGS);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(" + PEOPLE + ")" + Words.END, FLAGS);
    private static final Pattern CHINESE_NOUN = Pattern.compile("(" + CHINESE_PEOPLE + ")");
    /** The English plurals of nationality whose adjective is not the plural without its "s", both ways. */
    private static final Map<String, String> IRREGULAR_ADJECTIVES = Map.of("Turks", "Turkish", "Poles", "Polish");
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("turkish", "Turks", "polish", "Poles");
    /** The most characters a nationality in Chinese has, 人 included ("乌兹别克斯坦人"). */
    private static final int LONGEST_CHINESE_NATIONALITY = 8;

    private FigureUnit() {
    }

    /**
     * The people the number ending at {@code end} counts: the noun read with it (null if none),
     * else a nationality written after it in one or two words ("South Sudanese"); null if neither.
     */
    static People after(String noun, int end, String sentence, Function<String, Nationality> nationalities) {
        if (noun != null) {
            String lower = noun.toLowerCase(Locale.ROOT);
            return new People(qualified(TRANSLATED.getOrDefault(lower, lower), sentence, end), null);
        }
        int measured = end < sentence.length() && CHINESE_MEASURE_WORDS.indexOf(sentence.charAt(end)) >= 0 ? end + 1 : end;
        if (measured < sentence.length() && FigureVerbs.isIdeograph(sentence.charAt(measured))) {
            return chineseNationality(sentence, measured, nationalities);
        }
        return nationality(sentence, afterDe(sentence, end + 1), nationalities);
    }

    /**
     * A nationality in Chinese, written without spaces after the number and its measure word: the
     * country's name and 人 ("130万叙利亚人", Syrians), or the country's name before a noun of people
     * ("130万名叙利亚难民", Syrian refugees). The longest name that is one wins ("南苏丹人" over "苏丹人").
     */
    private static People chineseNationality(String sentence, int start, Function<String, Nationality> nationalities) {
        Matcher noun = CHINESE_NOUN.matcher(sentence);
        for (int end = Math.min(sentence.length(), start + LONGEST_CHINESE_NATIONALITY); end > start + 1; end--) {
            String name = sentence.substring(start, end);
            Nationality people = name.endsWith("人") ? nationalities.apply(name) : null;
            if (people != null) {
                return new People(people.plural(), people.country());
            }
            Nationality country = nationalities.apply(name + "人");
            if (country != null && noun.region(end, sentence.length()).lookingAt()) {
                return new People(adjectiveOf(country.plural()) + " " + TRANSLATED.get(noun.group(1)), country.country());
            }
        }
        return null;
    }

    /** The English adjective of a nationality from its plural: "Syrians" gives "Syrian", "Kyrgyz" stays. */
    private static String adjectiveOf(String plural) {
        String irregular = IRREGULAR_ADJECTIVES.get(plural);
        if (irregular != null) {
            return irregular;
        }
        return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** The plural of an English adjective of nationality ("Syrian" gives "Syrians", "Turkish" "Turks"). */
    private static String pluralOf(String adjective) {
        return IRREGULAR_PLURALS.getOrDefault(adjective.toLowerCase(Locale.ROOT), adjective + "s");
    }

    private static People nationality(String sentence, int start, Function<String, Nationality> nationalities) {
        if (!wordAt(sentence, start)) {
            return null;
        }
        int end = wordEnd(sentence, start);
        Nationality nationality = nationalities.apply(sentence.substring(start, end));
        if (wordAt(sentence, end + 1)) {
            int secondEnd = wordEnd(sentence, end + 1);
            Nationality twoWords = nationalities.apply(sentence.substring(start, secondEnd));
            if (twoWords != null) {
                nationality = twoWords;
                end = secondEnd;
            }
        }
        Matcher then = NOUN_AFTER.matcher(sentence).region(end, sentence.length());
        boolean noun = then.lookingAt();
        if (nationality == null) {
            return noun ? adjective(sentence.substring(start, end), then, sentence, nationalities) : null;
        }
        String unit = nationality.plural();
        if (noun) {
            unit += " " + then.group(1).toLowerCase(Locale.ROOT);
            end = then.end();
        }
        return new People(qualified(unit, sentence, end), nationality.country());
    }

    /**
     * A nationality written as the adjective before a noun of people, as English writes it ("1.3
     * million Syrian refugees", "Venezuelan migrants"): the word is the plural without its "s", or one
     * of the few that are not ("Turkish"). It counts the adjective and the noun; alone ("1.3 million
     * Syrian") it counts nobody.
     */
    private static People adjective(String word, Matcher noun, String sentence,
                                     Function<String, Nationality> nationalities) {
        String plural = pluralOf(word);
        Nationality nationality = nationalities.apply(plural);
        if (nationality == null || !nationality.plural().equalsIgnoreCase(plural)) {
            return null;
        }
        String unit = adjectiveOf(nationality.plural()) + " " + noun.group(1).toLowerCase(Locale.ROOT);
        return new People(qualified(unit, sentence, noun.end()), nationality.country());
    }

    /** Where the word after "de " or "d'" starts, as French and Spanish write a nationality after a multiplier. */
    private static int afterDe(String text, int at) {
        if (text.startsWith("de ", at)) {
            return at + 3;
        }
        return text.startsWith("d'", at) || text.startsWith("d’", at) ? at + 2 : at;
    }

    /** Whether a word starts at {@code at}, after a space or an apostrophe. */
    private static boolean wordAt(String text, int at) {
        return at < text.length() && " '’".indexOf(text.charAt(at - 1)) >= 0 && Character.isLetter(text.charAt(at));
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The unit a text names at {@code end} gets the state or the place that follows it. */
    static String qualified(String unit, String sentence, int end) {
        Matcher state = STATE.matcher(sentence).region(end, sentence.length());
        if (state.lookingAt()) {
            return SPACES.matcher(state.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ") + " " + unit;
        }
        Matcher abroad = ABROAD.matcher(sentence).region(end, sentence.length());
        if (abroad.lookingAt()) {
            return unit + " " + gerund(abroad.group(1).toLowerCase(Locale.ROOT)) + " abroad";
        }
        return unit;
    }

    @SafeVarargs
    private static Map<String, String> translated(Map<String, List<String>>... byUnit) {
        Map<String, String> units = new HashMap<>();
        for (Map<String, List<String>> language : byUnit) {
            language.forEach((unit, nouns) -> nouns.forEach(noun -> units.put(noun.toLowerCase(Locale.ROOT), unit)));
        }
        return Map.copyOf(units);
    }

    private static String nouns(Map<String, List<String>> byUnit) {
        return Words.alternatives(byUnit.values().stream().flatMap(List::stream));
    }

    /** "work" as "working", "live" as "living": the unit is a noun phrase whatever the verb's form. */
    private static String gerund(String verb) {
        if (verb.endsWith("ing")) {
            return verb;
        }
        return (verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb) + "ing";
    }
}
