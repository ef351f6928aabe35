package org.herald.feeds;

import java.time.OffsetDateTime;
import java.util.List;

import org.herald.i18n.Language;

/**
 * A feed as the three formats write it: every URL absolute.
 *
 * @param selfUrl the feed's own address (its query included)
 * @param pageUrl the HTML page that lists the same items
 * @param updated when the newest of its items was last published; null when it has none
 * @param author  the organization, author of every item (Atom requires an author)
 */
record Feed(String id, String title, String description, Language language, String selfUrl, String pageUrl,
            OffsetDateTime updated, String author, List<FeedItem> items) {
}
