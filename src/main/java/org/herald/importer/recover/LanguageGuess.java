package org.herald.importer.recover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, List<Language>> BY_WORD = new HashMap<>();
    /** The function words of a few paragraphs tell the language; the rest adds nothing. */
    private static final int SAMPLE = 3000;

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
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
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
        var matcher = WORD.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        while (matcher.find()) {
            List<Language> languages = BY_WORD.get(matcher.group().toLowerCase(Locale.ROOT));
            if (languages != null) {
                languages.forEach(language -> counts[language.ordinal()]++);
            }
        }
        Language best = null;
        for (Language language : List.of(Language.EN, Language.FR, Language.ES)) {
            if (counts[language.ordinal()] >= 2 && (best == null || counts[language.ordinal()] > counts[best.ordinal()])) {
                best = language;
            }
        }
        return best;
    }
}
