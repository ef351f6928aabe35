package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.herald.i18n.Language;
import org.herald.web.BadRequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the costliest queries a reader (or a script) can type cost on an index of 100,000
 * articles with a large vocabulary ({@link SyntheticArticles#brief}): those over the limits on
 * fuzzy, prefix and wildcard words are refused with the reason before the index is read; every
 * other answers within the time budget plus a margin (for the work the budget does not stop: the
 * reading of the query, the page's documents); one that runs out of its budget says so.
 */
class SearchCostTests {

    static final int ARTICLES = 100_000;
    /** What a search may take past its budget: reading the query in six languages, loading a page of results. */
    static final Duration MARGIN = Duration.ofSeconds(1);

    @TempDir static Path data;
    static SearchIndex index;
    static Searcher searcher;

    @BeforeAll
    static void buildIndex() throws Exception {
        long start = System.nanoTime();
        List<SearchDocument> articles = SyntheticArticles.brief(ARTICLES, 42);
        index = new SearchIndex(data.toString());
        Generation generation = Generation.create(index.newFolder());
        // Two threads: the writer takes documents from several at once, and the build is most of this test's time.
        IntStream.range(0, 2).parallel().forEach(slice -> {
            for (int i = slice; i < articles.size(); i += 2) {
                try {
                    generation.put(articles.get(i));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        generation.commit(0);
        index.adopt(generation);
        searcher = new Searcher(index, new Spelling(), SearchProperties.DEFAULTS);
        System.out.printf("SearchCostTests: index of %,d articles built in %d ms%n", ARTICLES,
                (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    static void close() {
        index.destroy();
    }

    static SearchResults search(Searcher on, String text) {
        return on.search(new SearchParameters(text, null, null, null, null, null, null, null, null, null)
                .toRequest(Language.EN, 20));
    }

    /** The time of a search in milliseconds, printed with it for the record. */
    static long timed(String text) {
        long start = System.nanoTime();
        SearchResults results = search(searcher, text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("SearchCostTests: %d ms, %,d results%s: %s%n", millis, results.total(),
                results.partial() ? " (partial)" : "", text.length() > 90 ? text.substring(0, 90) + "…" : text);
        return millis;
    }

    static String fuzzy(int words) {
        return Collections.nCopies((words + 4) / 5, List.of("migration", "government", "partnership", "development",
                "infrastructure")).stream().flatMap(List::stream).limit(words).map(word -> word + "~2")
                .collect(Collectors.joining(" "));
    }

    @Test
    void queriesOverTheLimitsAreRefusedWithTheReasonBeforeTheIndexIsRead() {
        assertRefused(fuzzy(49), "error.search.too-many-expanding");
        assertRefused("mig* gov* pro* par* dev* inf*", "error.search.too-many-expanding");
        assertRefused("a*", "error.search.short-prefix");
        assertRefused("mi*", "error.search.short-prefix");
        assertRefused("m?gration", "error.search.short-prefix");
        assertRefused("pa*ership", "error.search.short-prefix");
    }

    private static void assertRefused(String text, String reason) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> search(searcher, text)).as(text).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.messageKey()).isEqualTo(reason));
        System.out.printf("SearchCostTests: refused in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000,
                text.length() > 90 ? text.substring(0, 90) + "…" : text);
    }

    @Test
    void theCostliestQueriesTheLimitsLetThroughAnswerWithinTheBudget() {
        List<String> costliest = List.of(
                fuzzy(5),
                "data~2 plan~2 fund~2 visa~2 law~2",
                "migration~2 OR government~2 OR partnership~2 OR development~2 OR infrastructure~2",
                "pro* par* mig* dev* inf*",
                "bak* OR dor* OR mil* OR tar* OR sov*",
                "pro*t* mig?ation dev*ent inf*ure par*hip",
                "migration~ data~ plan* fund* vis?",
                fuzzy(5) + " " + String.join(" ", Collections.nCopies(45, "policy")),
                "*foo", "*", "?", "[a TO zzzz]", "/.*a.*/", "\"migration policy\"~50");
        costliest.forEach(SearchCostTests::timed);
        long budget = SearchProperties.DEFAULTS.timeBudget().plus(MARGIN).toMillis();
        List<String> over = new ArrayList<>();
        for (String text : costliest) {
            if (timed(text) > budget) {
                over.add(text);
            }
        }
        assertThat(over).as("queries over the budget of " + budget + " ms").isEmpty();
    }

    @Test
    void aSearchThatRunsOutOfItsBudgetAnswersWithWhatItFoundMarkedPartial() {
        Searcher hurried = new Searcher(index, new Spelling(),
                new SearchProperties(null, null, 0, Duration.ofNanos(1)));
        long start = System.nanoTime();
        SearchResults partial = search(hurried, "migration OR government OR data");
        assertThat(partial.partial()).isTrue();
        assertThat(partial.didYouMean()).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(MARGIN);
        SearchResults complete = search(searcher, "migration OR government OR data");
        assertThat(complete.partial()).isFalse();
        assertThat(complete.total()).isGreaterThan(partial.total()).isGreaterThan(ARTICLES / 4);
    }
}
