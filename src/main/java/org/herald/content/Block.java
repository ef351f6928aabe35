package org.herald.content;

/**
 * One block of a page composed from blocks, in the order the editor arranged them (as Wagtail's
 * StreamField composes pages, kept to four kinds). Stored as JSON with the page's other fields;
 * see {@link Blocks}.
 */
public sealed interface Block {

    /** The block's type as stored ("text", "list", "map", "cta"). */
    String type();

    /** Rich text, written in Markdown as bodies are. */
    record Text(String markdown) implements Block {
        public String type() {
            return "text";
        }
    }

    /**
     * A list of published items, newest first, filtered by any of kind, country, theme or goal.
     *
     * @param kind    an article kind's slug ("press-release"), or null for every kind
     * @param country an ISO country code, or null
     * @param theme   a theme code, or null
     * @param goal    a Sustainable Development Goal's number, or null
     * @param limit   how many items it shows at most
     */
    record ItemList(String heading, String kind, String country, String theme, Integer goal, int limit)
            implements Block {
        public String type() {
            return "list";
        }
    }

    /** The map of where the organization works (the presence map), with its table alternative. */
    record Map() implements Block {
        public String type() {
            return "map";
        }
    }

    /** A call to action: a heading, a sentence, and one link. */
    record CallToAction(String heading, String text, String label, String url) implements Block {
        public String type() {
            return "cta";
        }
    }

    /**
     * A block whose type this version does not know (written by a newer version, or by hand):
     * it is kept as stored, skipped on the public page, and flagged in the back office.
     */
    record Unknown(String type) implements Block {
    }
}
