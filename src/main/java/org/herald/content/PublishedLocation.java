package org.herald.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.herald.i18n.Language;

/**
 * Where a published item lives, as a sitemap lists it: its path, when it was last published,
 * and the slug of each language it is published in (itself included).
 *
 * @param title       null in a sitemap's chunk, which does not show it
 * @param releaseDate the article's date, null when unknown or in a sitemap's chunk
 * @param firstPublishedAt null in a sitemap's chunk
 * @param versions    the slug of every published language version of its translation group
 */
public record PublishedLocation(long itemId, ContentType type, Language language, String slug, String title,
                                LocalDate releaseDate, OffsetDateTime firstPublishedAt,
                                OffsetDateTime lastPublishedAt, Map<Language, String> versions) {

    public String path() {
        return Paths.of(type, language, slug);
    }
}
