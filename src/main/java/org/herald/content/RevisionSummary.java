package org.herald.content;

import java.time.OffsetDateTime;

/** One saved revision of an item: who saved it and when. */
public record RevisionSummary(long id, int number, String title, String authorName, OffsetDateTime createdAt) {
}
