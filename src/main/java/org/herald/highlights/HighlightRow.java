package org.herald.highlights;

/**
 * A pin as the highlights screen lists it: whether it shows now, the title of its page (null for
 * home), and the title of its item (null for a link, or an item no longer published).
 */
public record HighlightRow(Highlight pin, boolean shownNow, String pageTitle, String itemTitle) {
}
