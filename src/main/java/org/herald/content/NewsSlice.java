package org.herald.content;

import java.util.List;

/**
 * A page of the news listing read by position rather than by number.
 *
 * @param next the position to continue after, null when this is the last page
 */
public record NewsSlice(List<PublishedSummary> items, NewsPosition next) {
}
