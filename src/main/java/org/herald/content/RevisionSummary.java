package org.herald.content;

import java.time.OffsetDateTime;

/**
 * One saved revision of an item: who saved it and when.
 *
 * @param note why it was made, when not an ordinary save ("created", "restored from revision 3"); may be null
 */
public record RevisionSummary(long id, int number, String title, String authorName, OffsetDateTime createdAt,
                              String note) {
}
