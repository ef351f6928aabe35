package org.herald.search;

import java.util.List;
import java.util.Optional;

import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * A search as a feed runs it (a saved search): the search page's parameters, newest first,
 * one page. Other modules get the ids of the content items found; they read the items
 * themselves through the public read model, so an index a moment behind never shows what is
 * no longer public.
 */
@Component
public class SavedSearches {

    private final Searcher searcher;

    SavedSearches(Searcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The ids of the articles and pages found, newest first; empty while this node has no index
     * yet. Malformed parameters are refused as on the search page ({@code BadRequestException}).
     */
    public Optional<List<Long>> itemIds(SearchParameters parameters, Language site, int size) {
        SearchParameters newestFirst = new SearchParameters(parameters.q(), parameters.kind(), parameters.country(),
                parameters.theme(), parameters.year(), parameters.language(), parameters.from(), parameters.to(),
                "date", null, parameters.goal());
        SearchResults results = searcher.search(newestFirst.toRequest(site, size));
        if (results.building()) {
            return Optional.empty();
        }
        return Optional.of(results.results().stream()
                .filter(hit -> hit.type().equals(DocumentType.ARTICLE.code()) || hit.type().equals(DocumentType.PAGE.code()))
                .map(hit -> Long.valueOf(hit.id()))
                .toList());
    }
}
