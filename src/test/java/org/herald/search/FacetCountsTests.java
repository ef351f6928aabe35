package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.search.ScoreDoc;
import org.herald.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Herald counts facets itself, from the values it keeps in memory per segment: on an index of
 * several segments, every combination of filters gives the results, totals and counts (drill
 * sideways included) that Lucene's own DrillSideways gives for the same search.
 */
class FacetCountsTests {

    @TempDir static Path data;
    static SearchIndex index;
    static Searcher searcher;

    @BeforeAll
    static void buildIndexInSeveralSegments() throws Exception {
        index = new SearchIndex(data.toString());
        Generation generation = Generation.create(index.newFolder());
        List<SearchDocument> articles = SyntheticArticles.generate(3_000, 7);
        for (int i = 0; i < articles.size(); i++) {
            generation.put(articles.get(i));
            if ((i + 1) % 700 == 0) {
                generation.commit(i + 1);
            }
        }
        generation.delete(articles.get(5).id());
        generation.commit(articles.size());
        index.adopt(generation);
        searcher = new Searcher(index, new Spelling(), SearchProperties.DEFAULTS);
    }

    @AfterAll
    static void close() {
        index.destroy();
    }

    @Test
    void theIndexHasSeveralSegments() throws Exception {
        Generation.FacetedSearcher faceted = index.current().acquire();
        try {
            assertThat(faceted.getIndexReader().leaves()).hasSizeGreaterThanOrEqualTo(3);
        } finally {
            index.current().release(faceted);
        }
    }

    @Test
    void everyCombinationOfFiltersCountsAsLuceneDrillSideways() throws Exception {
        String[] texts = {"", "migration", "migrants government", "\"government migrants\"", "migra*", "réfugiés"};
        String[] kinds = {null, "news", "no-such-kind"};
        String[] languages = {null, "fr", "en"};
        String[] countries = {null, "GB", "KE"};
        String[] years = {null, "2010"};
        int compared = 0;
        for (String text : texts) {
            for (String kind : kinds) {
                for (String language : languages) {
                    for (String country : countries) {
                        for (String year : years) {
                            SearchRequest request = new SearchRequest(text, Language.EN, kind, country, null, year,
                                    language, null, null, false, 1, 20);
                            SearchResults herald = searcher.search(request);
                            Expected lucene = lucene(request);
                            String search = text + " " + kind + " " + language + " " + country + " " + year;
                            assertThat(herald.total()).as(search).isEqualTo(lucene.total());
                            assertThat(herald.results()).extracting(SearchResults.Hit::id).as(search)
                                    .isEqualTo(lucene.ids());
                            assertThat(herald.facets()).as(search).isEqualTo(lucene.facets());
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(324);
    }

    @Test
    void aThemeFilterCountsSidewaysToo() throws Exception {
        SearchRequest request = new SearchRequest("migración", Language.EN, null, null, "health", null, "es", null,
                null, false, 1, 20);
        SearchResults herald = searcher.search(request);
        assertThat(herald.total()).isPositive();
        assertThat(herald.facets().get(Fields.THEME).size()).isGreaterThan(1);
        assertThat(herald.facets()).isEqualTo(lucene(request).facets());
    }

    record Expected(long total, List<String> ids, Map<String, List<SearchResults.FacetValue>> facets) {
    }

    /** The same search through Lucene's DrillDownQuery and DrillSideways, as Herald ran it before. */
    static Expected lucene(SearchRequest request) throws Exception {
        Generation.FacetedSearcher faceted = index.current().acquire();
        try {
            DrillDownQuery query = new DrillDownQuery(Fields.facetsConfig(), QueryReader.read(request.text()).query());
            add(query, Fields.KIND, request.kind());
            add(query, Fields.COUNTRY, request.country());
            add(query, Fields.THEME, request.theme());
            add(query, Fields.YEAR, request.year());
            add(query, Fields.LANGUAGE, request.language());
            DrillSideways sideways = new DrillSideways(faceted, Fields.facetsConfig(),
                    new DefaultSortedSetDocValuesReaderState(faceted.getIndexReader(), Fields.facetsConfig()));
            DrillSideways.DrillSidewaysResult found = request.blank()
                    ? sideways.search(query, null, null, 20, Searcher.newestFirst(), false)
                    : sideways.search(query, 20);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc doc : found.hits.scoreDocs) {
                ids.add(faceted.storedFields().document(doc.doc).get(Fields.ID).replaceFirst("^[a-z]+:", ""));
            }
            Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
            for (String dimension : Fields.FACETS) {
                boolean top = dimension.equals(Fields.COUNTRY) || dimension.equals(Fields.THEME);
                FacetResult result = top ? found.facets.getTopChildren(30, dimension)
                        : found.facets.getAllChildren(dimension);
                List<SearchResults.FacetValue> values = new ArrayList<>();
                if (result != null) {
                    for (LabelAndValue value : result.labelValues) {
                        values.add(new SearchResults.FacetValue(value.label, value.value.longValue()));
                    }
                }
                values.sort(dimension.equals(Fields.YEAR)
                        ? Comparator.comparing(SearchResults.FacetValue::value).reversed()
                        : Comparator.comparingLong(SearchResults.FacetValue::count).reversed()
                                .thenComparing(SearchResults.FacetValue::value));
                facets.put(dimension, values);
            }
            return new Expected(found.hits.totalHits.value, ids, facets);
        } finally {
            index.current().release(faceted);
        }
    }

    private static void add(DrillDownQuery query, String dimension, String value) {
        if (value != null) {
            query.add(dimension, value);
        }
    }
}
