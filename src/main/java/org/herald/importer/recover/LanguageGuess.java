package org.herald.importer.recover;

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
        Map<Language, Integer> counts = new java.util.EnumMap<>(Language.class);
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        while (matcher.find() && words < 2000) {
            words++;
            String word = matcher.group();
            WORDS.forEach((language, set) -> {
                if (set.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).filter(best -> best.getValue() >= 2)
                .map(Map.Entry::getKey).orElse(null);
    }
}
