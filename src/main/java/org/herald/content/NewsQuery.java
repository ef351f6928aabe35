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
 */
public record NewsQuery(Language language, ArticleKind kind, String country, Integer year, int page, int size) {
}
