package org.herald.content;

import org.herald.i18n.Language;

/**
 * A page of the news listing.
 *
 * @param kind    only this kind, or null for all
 * @param country only articles about this country (ISO code), or null
 * @param year    only articles dated in this year, or null (articles of unknown date then never match)
 * @param page    1-based page number
 * @param size    items per page
 * @param theme   only articles with this theme code, or null (the feeds filter on it; the listing does not yet)
 */
public record NewsQuery(Language language, ArticleKind kind, String country, Integer year, int page, int size,
                        String theme) {

    public NewsQuery(Language language, ArticleKind kind, String country, Integer year, int page, int size) {
        this(language, kind, country, year, page, size, null);
    }
}
