package org.herald.content;

import java.time.OffsetDateTime;

/**
 * A comment on an item's review.
 *
 * @param revisionNumber the revision the comment was written about
 */
public record ReviewComment(long id, long itemId, int revisionNumber, Kind kind, String body, String authorName,
                            OffsetDateTime createdAt) {

    /** What the comment came with. */
    public enum Kind {
        COMMENT, SUBMITTED, CHANGES_REQUESTED, APPROVED;

        /** The message key of the kind's label: "review.kind." and the kind, hyphenated. */
        public String messageKey() {
            return "review.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
