package org.herald.content;

import java.time.OffsetDateTime;

/**
 * Everything a revision saved, as a draft: what the side-by-side comparison shows and what a
 * restore saves again.
 */
public record RevisionSnapshot(int number, ContentDraft draft, String authorName, OffsetDateTime createdAt,
                               String note) {
}
