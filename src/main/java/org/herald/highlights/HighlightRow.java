package org.herald.highlights;

/** A pin as the highlights screen lists it: whether it shows now, and the title of its page (null for home). */
public record HighlightRow(Highlight pin, boolean shownNow, String pageTitle) {
}
