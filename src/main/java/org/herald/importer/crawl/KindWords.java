package org.herald.importer.crawl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The item's kind from the words a source uses for it (a category, a label line, a meta type, a
 * section), in any of the six languages, as {@code importer/words/kinds.properties} lists them.
 */
public final class KindWords {

    private static final Map<String, List<String>> WORDS = WordLists.entries("kinds.properties");

    private KindWords() {
    }

    /** The kind code the hint names, or null. */
    public static String kindOf(String hint) {
        if (hint == null) {
            return null;
        }
        String lower = hint.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Map.Entry<String, List<String>> kind : WORDS.entrySet()) {
            if (kind.getValue().stream().anyMatch(lower::contains)) {
                return kind.getKey();
            }
        }
        return null;
    }
}
