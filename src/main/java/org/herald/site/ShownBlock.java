package org.herald.site;

import java.util.List;

import org.herald.content.PublishedSummary;
import org.herald.presence.WhereView;

/**
 * A page's block as its template shows it, with what it reads resolved: the text's HTML, a
 * list's items, the map's data, a call to action's words.
 *
 * @param type     "text", "list", "map" or "cta"
 * @param html     the text block's sanitized HTML
 * @param heading  a list's or a call to action's heading, may be null
 * @param items    a list's items
 * @param moreHref where a list's full listing is, null when none
 * @param where    the map block's data
 */
public record ShownBlock(String type, String html, String heading, List<PublishedSummary> items, String moreHref,
                         WhereView where, String text, String label, String url) {
}
