package org.herald.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.herald.i18n.Language;

/**
 * A published item as its own page shows it, from the public read model.
 *
 * @param bodyHtml    the sanitized body
 * @param releaseDate the article's date, null when unknown
 * @param countries   ISO codes of the countries it is about
 * @param contacts    ids of its media contacts, in display order
 * @param original    whether it is the original of its translation group (not a translation)
 * @param translationCredit who translated it, for a translation that names them
 * @param blocks      the page's blocks in order (unknown types among them, which the page skips)
 * @param image       its featured image, null when it has none
 */
public record PublishedView(long itemId, UUID translationGroup, ContentType type, ArticleKind kind, Language language,
                            String slug, String title, String summary, String bodyHtml, LocalDate releaseDate,
                            String datelineCity, String datelineCountry, UUID parentGroup, PageLayout layout,
                            boolean featured, OffsetDateTime firstPublishedAt, OffsetDateTime lastPublishedAt,
                            List<String> countries, List<Long> contacts, boolean original,
                            String translationCredit, List<Block> blocks, Picture image) {

    public PublishedView {
        blocks = blocks == null ? List.of() : blocks;
    }

    public String path() {
        return Paths.of(type, language, slug);
    }

    /** Its address under another language's site (where it is shown when that language lacks it). */
    public String pathIn(Language siteLanguage) {
        return Paths.of(type, siteLanguage, slug);
    }
}
