package org.herald.search;

import java.time.LocalDate;

import org.herald.i18n.Language;

/**
 * A search as the page and the API take it.
 *
 * @param text     what was typed; blank lists the newest
 * @param site     the language of the page or API call (titles of countries, links)
 * @param kind     facet filters; null for no filter; a value no document has finds nothing
 * @param from     the earliest date, inclusive, or null
 * @param to       the latest date, inclusive, or null
 * @param byDate   newest first rather than by relevance
 * @param page     1-based
 */
record SearchRequest(String text, Language site, String kind, String country, String theme, String year,
                     String language, LocalDate from, LocalDate to, boolean byDate, int page, int size) {

    boolean blank() {
        return text == null || text.isBlank();
    }
}
