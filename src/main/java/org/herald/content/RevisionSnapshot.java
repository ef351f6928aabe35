package org.herald.content;

import java.time.OffsetDateTime;

/**
 * Everything a revision saved, as a draft and the values of its group's other fields
 * ({@link GroupField}s by name; empty for a revision saved before they were kept): what the
 * side-by-side comparison shows and what a restore saves again.
 */
public record RevisionSnapshot(int number, ContentDraft draft, java.util.Map<String, String> groupFields,
                               String authorName, OffsetDateTime createdAt, String note) {
}
