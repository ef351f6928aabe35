package org.herald.importer.crawl;

import java.util.List;
import java.util.Objects;

/** A block of an article body recovered from crawled text. */
public sealed interface BodyBlock {

    /** A paragraph of running text, its hard-wrapped lines joined with single spaces. */
    record Paragraph(String text) implements BodyBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph opening with a quote mark, kept verbatim with its attribution. */
    record Quote(String text) implements BodyBlock {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A short line standing alone between paragraphs. */
    record Heading(String text) implements BodyBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Consecutive list items, without their markers. */
    record ListBlock(List<String> items) implements BodyBlock {
        public ListBlock {
            items = List.copyOf(items);
        }
    }
}
