package org.herald.importer.recover;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a figure counts, with the words that qualify them where the text puts them after
 * the noun: "6.5 million people are internally displaced" counts "internally displaced people",
 * "1.2 million citizens working abroad" counts "citizens working abroad". English, as the units.
 */
final class FigureUnit {

    /** The nouns of people a number may count, maybe after a state ("internally displaced people"), as a pattern. */
    static final String PEOPLE = "(?:(?:internally )?(?:" + String.join("|", FigureVerbs.STATES) + ") )?"
            + "(?:migrant workers|migrants|refugees|asylum[- ]seekers|persons|people|children|citizens|nationals)"
            + "|IDPs|returnees|victims|workers";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern STATE = Pattern.compile("\\s+(?:" + String.join("|", FigureVerbs.BE_NOW)
            + ")\\s+(?:still\\s+)?((?:internally\\s+)?(?:" + String.join("|", FigureVerbs.STATES) + "))\\b", FLAGS);
    private static final Pattern ABROAD = Pattern.compile(
            "\\s+(?:who\\s+)?(work|working|live|living|reside|residing)\\s+abroad\\b", FLAGS);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FigureUnit() {
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

    /** "work" as "working", "live" as "living": the unit is a noun phrase whatever the verb's form. */
    private static String gerund(String verb) {
        if (verb.endsWith("ing")) {
            return verb;
        }
        return (verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb) + "ing";
    }
}
