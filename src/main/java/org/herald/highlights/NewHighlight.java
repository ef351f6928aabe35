package org.herald.highlights;

import java.time.Instant;

/**
 * A pin as an editor asks for it, every field as typed (times already read in the editor's zone).
 *
 * @param place     {@link Highlights#HOME} or a section page's translation group
 * @param item      the address of a published item ("/en/news/some-slug", "/en/a-page"); blank for a link
 * @param linkUrl   an external link (http or https); blank for an item
 * @param linkTitle the link's title
 * @param image     a media library image's address or key, may be blank
 * @param language  a language code, blank for all languages
 * @param endsAt    null for no end
 */
public record NewHighlight(String place, String item, String linkUrl, String linkTitle, String image,
                           String imageAlt, String imageCredit, String language, Instant startsAt, Instant endsAt) {
}
