package org.herald.feeds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.herald.i18n.Language;

/**
 * One item of a feed.
 *
 * @param id          a permanent id that survives a renamed slug ({@code tag:} URI of the item id)
 * @param releaseDate the article's own date, null when unknown: the feed then gives no publication
 *                    date at all, rather than one Herald would have to invent
 * @param published   the release date as an instant (see {@link FeedItems}), null when unknown
 * @param updated     when Herald last published this version: a true instant for every item
 * @param dateline    "Minsk, Belarus", null when the item has none
 * @param contentHtml the whole body, dateline first, links absolute
 */
record FeedItem(String id, String url, String title, String summary, String contentHtml, Language language,
                LocalDate releaseDate, OffsetDateTime published, OffsetDateTime updated, String dateline,
                List<Category> categories) {

    /**
     * A category: a country (ISO code), a theme (code) or the article's kind, with its label in
     * the feed's language and the address of its scheme on this site.
     */
    record Category(String term, String label, String scheme) {
    }
}
