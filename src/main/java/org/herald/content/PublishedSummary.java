package org.herald.content;

import java.time.LocalDate;
import java.util.UUID;

import org.herald.i18n.Language;

/**
 * A published item as lists show it. {@code releaseDate} is null when the date is unknown;
 * {@code image} is its featured image, null when it has none.
 */
public record PublishedSummary(long itemId, UUID translationGroup, ContentType type, ArticleKind kind,
                               Language language, String slug, String title, String summary, LocalDate releaseDate,
                               String datelineCity, String datelineCountry, boolean featured, Picture image) {

    /** The item's public URL path ("/en/news/some-slug", "/en/who-we-are"). */
    public String path() {
        return Paths.of(type, language, slug);
    }

    /**
     * Its address under a language's site: its own when it is in that language, else the
     * original shown there with a notice, because that language has no translation of it.
     */
    public String pathIn(Language siteLanguage) {
        return Paths.of(type, siteLanguage, slug);
    }
}
