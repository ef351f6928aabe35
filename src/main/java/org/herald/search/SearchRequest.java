package org.herald.search;

import java.time.LocalDate;

import org.herald.i18n.Language;

/**
 * A search as the page and the API take it.
 *
 * @param text     what was typed; blank lists the newest
 * @param site     the language of the page or API call (titles of countries, links)
 * @param kind     facet filters; null for no filter; a value no document has finds nothing
 * @param goal     a goal's number ("10"), or null
 * @param from     the earliest date, inclusive, or null
 * @param to       the latest date, inclusive, or null
 * @param byDate   newest first rather than by relevance
 * @param page     1-based
 */
record SearchRequest(String text, Language site, String kind, String country, String theme, String year,
                     String language, LocalDate from, LocalDate to, boolean byDate, int page, int size,
                     String goal) {

    /** A search with no goal filter. */
    SearchRequest(String text, Language site, String kind, String country, String theme, String year,
                  String language, LocalDate from, LocalDate to, boolean byDate, int page, int size) {
        this(text, site, kind, country, theme, year, language, from, to, byDate, page, size, null);
    }

    boolean blank() {
        return text == null || text.isBlank();
    }
}
