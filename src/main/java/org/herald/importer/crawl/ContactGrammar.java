package org.herald.importer.crawl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of the contact grammar, per language, from {@code importer/words/contacts-LANG.properties}:
 * phrases that open the contacts ("Media enquiries:"), the words between a person's name and office
 * ("contact NAME at OFFICE", "à l'OIM", "en la OIM", "في مكتب"), the words joining two people
 * ("... or NAME at OFFICE"), and the words that make a line an office, not a person. A language is
 * added by adding its file to {@link #LANGUAGES}' files.
 */
final class ContactGrammar {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The opening phrases as alternatives of a pattern (no group). */
    static final String OPENINGS;
    /** A connector between a name before it and an office after it. */
    static final Pattern AT;
    /** A joiner before a second person, after the first one's details. */
    static final Pattern OR;
    /** A word of an office or a shared mailbox. */
    static final Pattern OFFICE;

    static {
        List<String> openings = new ArrayList<>();
        List<String> at = new ArrayList<>();
        List<String> or = new ArrayList<>();
        List<String> office = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, List<String>> words = WordLists.entries("contacts-" + language + ".properties");
            openings.addAll(words.getOrDefault("opening", List.of()));
            at.addAll(words.getOrDefault("at", List.of()));
            or.addAll(words.getOrDefault("or", List.of()));
            office.addAll(words.getOrDefault("office", List.of()));
        }
        OPENINGS = alternatives(openings, "[\\s,،]+");
        // "à l'OIM": a connector ending in an apostrophe is glued to the office.
        AT = Pattern.compile("[\\s,]+(?:" + at.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> Pattern.quote(word) + (word.endsWith("'") || word.endsWith("’") ? "\\s*" : "\\s+"))
                .collect(Collectors.joining("|")) + ")(?=\\S)", FLAGS);
        OR = Pattern.compile("(?:[,،]\\s*|\\s+)(?:" + alternatives(or, "\\s+") + ")\\s+(?=[\\p{Lu}\\p{Lo}])", FLAGS);
        OFFICE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(office, "\\s+") + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    private ContactGrammar() {
    }

    private static String alternatives(List<String> phrases, String space) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> java.util.Arrays.stream(phrase.split("[\\s,،]+")).map(Pattern::quote)
                        .collect(Collectors.joining(space)))
                .collect(Collectors.joining("|"));
    }
}
