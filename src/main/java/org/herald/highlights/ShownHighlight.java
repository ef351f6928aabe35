package org.herald.highlights;

import org.herald.content.Picture;
import org.herald.i18n.Language;

/**
 * A pin as a public page shows it.
 *
 * @param title    the item's title (in {@code language}) or the link's
 * @param href     where it leads: the item's address under the page's language, or the link
 * @param summary  the item's summary; null for a link
 * @param language the language of its title and summary; null when that is the page's (or unknown)
 * @param picture  its picture: its own, else the item's featured image; null for none
 * @param external whether it leads to another site
 */
public record ShownHighlight(long id, String title, String href, String summary, Language language,
                             Picture picture, boolean external) {
}
