package org.herald.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where an item stands in the news listing's order (newest date first, unknown dates last, then
 * by when Herald first published it, then by id): a keyset cursor. A page that starts after a
 * position is the same whatever is published or unpublished meanwhile before it.
 *
 * @param releaseDate      the item's date, null when unknown
 * @param firstPublishedAt when the item was first published
 */
public record NewsPosition(LocalDate releaseDate, OffsetDateTime firstPublishedAt, long itemId) {
}
