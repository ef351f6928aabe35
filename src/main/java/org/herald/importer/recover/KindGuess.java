package org.herald.importer.recover;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The item's kind ("press-release", "news", "story", "briefing-note", "page") from what the
 * source calls it (a category, a label line, a meta type) in any of the six languages; failing
 * that, an item with media contacts is a press release. Null when nothing tells.
 */
final class KindGuess {

    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("briefing-note", List.of("briefing note", "note d'information", "nota informativa", "брифинг"));
        WORDS.put("press-release", List.of("press release", "communiqué", "comunicado", "пресс-релиз",
                "بيان صحفي", "新闻稿"));
        WORDS.put("story", List.of("story", "stories", "feature", "récit", "historia", "истори"));
        WORDS.put("news", List.of("news", "actualité", "noticia", "новост", "أخبار", "新闻"));
        WORDS.put("page", List.of("page"));
    }

    private KindGuess() {
    }

    static String guess(String hint, boolean hasContacts) {
        if (hint != null) {
            String lower = hint.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            for (Map.Entry<String, List<String>> kind : WORDS.entrySet()) {
                if (kind.getValue().stream().anyMatch(lower::contains)) {
                    return kind.getKey();
                }
            }
        }
        return hasContacts ? "press-release" : null;
    }
}
