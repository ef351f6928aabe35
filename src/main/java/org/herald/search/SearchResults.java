package org.herald.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of results, with the facet counts of the whole result set.
 *
 * @param didYouMean the query with misspelled words replaced, or null
 */
public record SearchResults(String query, int page, int pageSize, long total, List<Hit> results,
                     Map<String, List<FacetValue>> facets, String didYouMean) {

    static SearchResults empty(SearchRequest request) {
        return new SearchResults(request.text(), request.page(), request.size(), 0, List.of(), Map.of(), null);
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }

    /**
     * A result.
     *
     * @param snippet the best passage of its text, HTML-escaped, with the words found in {@code <mark>}
     */
    public record Hit(String type, String id, String language, String title, String url, LocalDate date, String kind,
               List<String> countries, String snippet) {
    }

    /** A facet value with the number of results it has. */
    public record FacetValue(String value, long count) {
    }
}
