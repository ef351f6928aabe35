package org.herald.importer.recover;

import org.herald.importer.crawl.KindWords;

/**
 * The item's kind ("press-release", "news", "story", "briefing-note", "page") from what the
 * source calls it (a category, a label line, a meta type) in any of the six languages, as the
 * word list {@code importer/words/kinds.properties} gives them; failing that, an item with media
 * contacts is a press release. Null when nothing tells.
 */
final class KindGuess {

    private KindGuess() {
    }

    static String guess(String hint, boolean hasContacts) {
        String kind = KindWords.kindOf(hint);
        return kind != null ? kind : hasContacts ? "press-release" : null;
    }
}
