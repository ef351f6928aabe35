package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.herald.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index of several segments, as a node has after publications come in over time: a search
 * finds and counts exactly what the same search finds on one segment.
 */
class SearchSegmentsTests {

    @TempDir static Path data;
    static SearchIndex index;
    static Searcher searcher;

    @BeforeAll
    static void buildIndexInSeveralCommits() throws Exception {
        index = SearchRelevanceTests.fixtureIndex(data, 3);
        searcher = new Searcher(index, new Spelling(), SearchProperties.DEFAULTS);
    }

    @AfterAll
    static void close() {
        index.destroy();
    }

    static SearchResults search(String text, String language, String country) {
        return searcher.search(new SearchParameters(text, null, country, null, null, language, null, null, null, null)
                .toRequest(Language.EN, 20));
    }

    static Map<String, Long> counts(SearchResults results, String dimension) {
        return results.facets().get(dimension).stream()
                .collect(Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
    }

    @Test
    void theIndexHasSeveralSegments() throws Exception {
        Generation.FacetedSearcher faceted = index.current().acquire();
        try {
            assertThat(faceted.getIndexReader().leaves()).hasSizeGreaterThanOrEqualTo(4);
        } finally {
            index.current().release(faceted);
        }
    }

    @Test
    void everyDocumentIsFoundAndCountedOnce() {
        SearchResults all = search("", null, null);
        assertThat(all.total()).isEqualTo(12);
        assertThat(all.results()).extracting(SearchResults.Hit::id).doesNotHaveDuplicates().hasSize(12);
        assertThat(counts(all, Fields.LANGUAGE)).isEqualTo(Map.of("en", 5L, "fr", 2L, "ru", 2L, "es", 1L, "ar", 1L,
                "zh", 1L));
        assertThat(counts(all, Fields.COUNTRY)).containsEntry("PH", 2L).containsEntry("BY", 2L).containsEntry("TR", 1L);
        assertThat(counts(all, Fields.THEME)).isEqualTo(Map.of("labour-migration", 6L, "emergencies", 6L));
    }

    @Test
    void aFilteredDimensionStillCountsItsOtherValues() {
        SearchResults russian = search("", "ru", null);
        assertThat(russian.total()).isEqualTo(2);
        assertThat(counts(russian, Fields.LANGUAGE)).containsEntry("ru", 2L).containsEntry("en", 5L);
        assertThat(counts(russian, Fields.COUNTRY)).isEqualTo(Map.of("BY", 2L, "RU", 1L));
        SearchResults belarusInRussian = search("", "ru", "BY");
        assertThat(belarusInRussian.total()).isEqualTo(2);
        assertThat(counts(belarusInRussian, Fields.COUNTRY)).containsEntry("BY", 2L).containsEntry("RU", 1L);
    }

    @Test
    void wordsAreFoundInEverySegment() {
        assertThat(search("displacement", null, null).results()).extracting(SearchResults.Hit::id)
                .containsExactlyInAnyOrder("11", "12");
        assertThat(search("nurse", null, null).results()).extracting(SearchResults.Hit::id)
                .containsExactlyInAnyOrder("2", "3");
    }
}
