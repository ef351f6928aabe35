package org.herald.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One page of results, with the facet counts of the whole result set.
 *
 * @param didYouMean the query with misspelled words replaced, or null
 * @param building   whether this node has no index yet (its first build is under way): no
 *                   results then say nothing about the query, so the page says that search is
 *                   being prepared and the API answers 503 instead of this body
 * @param partial    whether the search ran out of its time budget: the results, the total and the
 *                   counts are what it had found by then, and the page says they may be incomplete
 */
public record SearchResults(String query, int page, int pageSize, long total, List<Hit> results,
                     Map<String, List<FacetValue>> facets, String didYouMean, @JsonIgnore boolean building,
                     boolean partial) {

    /**
     * The seconds a reader or client is asked to wait ({@code Retry-After}) while the index is
     * built: 100,000 articles take 30 to 50 s to index on two cores (docs/benchmarks.md).
     */
    static final String RETRY_AFTER_SECONDS = "30";

    /** The answer of a node that has no index to search yet. */
    static SearchResults building(SearchRequest request) {
        return new SearchResults(request.text(), request.page(), request.size(), 0, List.of(), Map.of(), null, true,
                false);
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
