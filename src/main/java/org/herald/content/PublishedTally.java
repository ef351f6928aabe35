package org.herald.content;

import java.time.OffsetDateTime;

import org.herald.i18n.Language;

/**
 * How many items of a type are published in a language, and when the last of them was: what a
 * sitemap index needs to name the sitemaps and their {@code lastmod}.
 *
 * @param idSum the sum of their ids: with the count and the last date, it changes whenever an
 *              item is published, republished or withdrawn (a fingerprint for conditional requests)
 */
public record PublishedTally(Language language, ContentType type, long count, OffsetDateTime lastPublished,
                             long idSum) {
}
