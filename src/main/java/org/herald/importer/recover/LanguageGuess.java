package org.herald.importer.recover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.herald.i18n.Language;

/**
 * The language of a text: the script first (Cyrillic, Arabic, Han), then for Latin script the
 * most frequent function words of English, French and Spanish. Null when the text gives too
 * little to tell.
 */
final class LanguageGuess {

    private static final Map<Language, Set<String>> WORDS = Map.of(
            Language.EN, Set.of("the", "and", "of", "to", "in", "is", "with", "that", "for", "which", "will", "on",
                    "at", "by", "from", "this", "are", "was", "has", "its", "their", "about"),
            Language.FR, Set.of("le", "la", "les", "des", "et", "est", "du", "une", "pour", "dans", "qui", "sur",
                    "au", "aux", "ont", "sont", "avec", "par", "leur"),
            Language.ES, Set.of("el", "los", "las", "del", "y", "para", "con", "una", "por", "que", "se", "en",
                    "al", "su", "sus", "como", "fue", "han"));
    private static final Map<String, List<Language>> BY_WORD = new HashMap<>();
    /** The function words of a few paragraphs tell the language; the rest adds nothing. */
    private static final int SAMPLE = 3000;

    private static final int LONGEST_WORD = WORDS.values().stream().flatMap(Set::stream)
            .mapToInt(String::length).max().orElse(0);

    static {
        WORDS.forEach((language, words) -> words.forEach(word ->
                BY_WORD.computeIfAbsent(word, w -> new ArrayList<>()).add(language)));
    }

    private LanguageGuess() {
    }

    static Language guess(String text) {
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // Most of a text is ASCII, whose letters are all Latin and the rest common to all scripts.
                latin += isAsciiLetter(c) ? 1 : 0;
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                default -> { }
            }
        }
        int most = Math.max(Math.max(latin, cyrillic), Math.max(arabic, han));
        if (most < 20) {
            return null;
        }
        if (most == cyrillic) {
            return Language.RU;
        }
        if (most == arabic) {
            return Language.AR;
        }
        if (most == han) {
            return Language.ZH;
        }
        return byWords(text);
    }

    private static Language byWords(String text) {
        int[] counts = new int[Language.values().length];
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int i = 0;
        while (i < sample.length()) {
            int start = i;
            while (i < sample.length() && isWordChar(sample.codePointAt(i))) {
                i += Character.charCount(sample.codePointAt(i));
            }
            // Lower-casing never shortens a word: one longer than every function word is none.
            if (i > start && i - start <= LONGEST_WORD) {
                List<Language> languages = BY_WORD.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages != null) {
                    languages.forEach(language -> counts[language.ordinal()]++);
                }
            }
            i = i > start ? i : i + 1;
        }
        Language best = null;
        for (Language language : List.of(Language.EN, Language.FR, Language.ES)) {
            if (counts[language.ordinal()] >= 2 && (best == null || counts[language.ordinal()] > counts[best.ordinal()])) {
                best = language;
            }
        }
        return best;
    }

    /** A letter or an apostrophe, as a word of the text is made of ({@code [\\p{L}']+}). */
    private static boolean isWordChar(int codePoint) {
        return codePoint == '\'' || Character.isLetter(codePoint);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
