package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.herald.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is left of the index's generations on disk: a {@code reindex} deletes the older folders no
 * process holds open, and a node deletes the folder of the generation it leaves once its searches
 * on it are done. A node and a reindex are here two {@link SearchIndex}es on one data folder, the
 * reindex's generations built from the relevance fixtures; the two processes with the database
 * are {@code SearchNodesIntegrationTests}' part.
 */
class SearchGenerationsTests {

    @TempDir Path data;

    /** A generation of the fixtures, built, committed and closed, as a reindex leaves it before naming it. */
    Generation built(SearchIndex on) throws IOException {
        Generation generation = Generation.create(on.newFolder());
        for (SearchDocument fixture : SearchRelevanceTests.fixtures()) {
            generation.put(fixture);
        }
        generation.commit(1);
        return generation;
    }

    @Test
    void twoReindexesWithNoNodeRunningLeaveOnlyTheGenerationInUse() throws IOException {
        SearchIndex reindex = new SearchIndex(data.toString());
        Generation first = built(reindex);
        reindex.replaceWith(first);
        Generation second = built(reindex);
        reindex.replaceWith(second);
        Generation third = built(reindex);
        reindex.replaceWith(third);
        assertThat(reindex.generations()).containsExactly(third.name());
        assertThat(reindex.pointed()).isEqualTo(third.name());
    }

    @Test
    void aRunningNodeKeepsAnsweringAndDeletesTheGenerationItLeaves() throws Exception {
        SearchIndex node = new SearchIndex(data.toString());
        SearchIndex reindex = new SearchIndex(data.toString());
        reindex.replaceWith(built(reindex));
        String first = node.pointed();
        node.adopt(Generation.open(node.folder(first)));
        Searcher searcher = new Searcher(node, new Spelling(), SearchProperties.DEFAULTS);
        try {
            for (int round = 0; round < 2; round++) {
                String left = node.pointed();
                Generation.FacetedSearcher running = node.current().acquire();
                reindex.replaceWith(built(reindex));
                String next = node.pointed();
                assertThat(reindex.generations()).as("the generation the node holds is kept")
                        .containsExactlyInAnyOrder(left, next);
                assertThat(found(searcher)).isEqualTo(List.of("11", "12"));

                Generation before = node.current();
                node.adopt(Generation.open(node.folder(next)));
                assertThat(found(searcher)).isEqualTo(List.of("11", "12"));
                Thread.sleep(200);
                assertThat(node.generations()).as("kept while a search runs on it").contains(left);
                before.release(running);
                awaitOnly(node, next);
                assertThat(found(searcher)).isEqualTo(List.of("11", "12"));
            }
        } finally {
            node.destroy();
        }
    }

    private static List<String> found(Searcher searcher) {
        return searcher.search(new SearchParameters("displacement", null, null, null, null, null, null, null, "date",
                null).toRequest(Language.EN, 20)).results().stream().map(SearchResults.Hit::id).sorted().toList();
    }

    private static void awaitOnly(SearchIndex node, String generation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!node.generations().equals(List.of(generation)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(node.generations()).as("the node deleted the generation it left").containsExactly(generation);
    }
}
