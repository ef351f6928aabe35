package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.herald.changes.ChangeLog;
import org.herald.support.HeraldOnH2;
import org.herald.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A node asked to search before its first index is built: the page says that search is being
 * prepared, in the reader's language, instead of "nothing matches", and answers 503 with
 * {@code Retry-After} so that no cache or crawler keeps it; the API answers 503 in its error
 * format. Once the index is built, both answer 200 with results. The node is the whole
 * application; only its first build waits until the test lets it go.
 */
@HeraldOnH2
@Import(SearchWhileBuildingIntegrationTests.HeldFirstBuild.class)
class SearchWhileBuildingIntegrationTests {

    @LocalServerPort int port;
    @Autowired HeldFirstBuild firstBuild;

    @AfterEach
    void letTheBuildGo() {
        firstBuild.release();
    }

    @Test
    void untilItsIndexIsBuiltANodeSaysSoWith503AndThenAnswers() throws InterruptedException {
        assertThat(firstBuild.started.await(SearchContract.BUILT_WITHIN.toSeconds(), TimeUnit.SECONDS))
                .as("the node began its first build").isTrue();
        Http reader = new Http(port);

        Http.Response page = reader.get("/fr/search?q=Commonwealth");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo(SearchResults.RETRY_AFTER_SECONDS);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        Document building = page.document();
        assertThat(building.select(".search-results p[role=status]").text()).isEqualTo("La recherche est en cours de"
                + " préparation : l'index du site est en train d'être construit et les résultats apparaîtront d'ici"
                + " une à deux minutes. Veuillez réessayer dans un instant.");
        assertThat(building.select("main").text()).as("neither 'nothing matches' nor a count of none")
                .doesNotContain("Rien ne correspond").doesNotContain("Aucun résultat");
        assertThat(building.select("form[role=search] #search-q").val()).as("the search kept to try again")
                .isEqualTo("Commonwealth");

        for (String path : new String[] {"/api/v1/search?q=Commonwealth", "/api/v1/search/suggest?q=commonw"}) {
            Http.Response api = reader.get(path);
            assertThat(api.status()).as(path).isEqualTo(503);
            assertThat(api.header("Retry-After")).as(path).isEqualTo(SearchResults.RETRY_AFTER_SECONDS);
            assertThat(api.header("Content-Type")).as(path).contains("application/json");
            assertThat(SearchContract.json(api.body()).get("error").asText()).as(path)
                    .startsWith("Search is being prepared: this site’s index is being built");
        }

        firstBuild.release();
        Http.Response api = SearchContract.onceBuilt(reader, "/api/v1/search?q=Commonwealth");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(api.header("Retry-After")).isNull();
        assertThat(SearchContract.json(api.body()).get("total").asLong()).isPositive();
        assertThat(SearchContract.json(api.body()).has("building")).as("a 503 says it, not a field").isFalse();
        Http.Response built = reader.get("/fr/search?q=Commonwealth");
        assertThat(built.status()).isEqualTo(200);
        assertThat(built.header("Retry-After")).isNull();
        assertThat(built.document().select(".notice")).isEmpty();
        assertThat(built.document().select("ol.results > li")).isNotEmpty();
        assertThat(reader.get("/api/v1/search/suggest?q=commonw").status()).isEqualTo(200);
    }

    /** The node's index builder, made to wait at its first build until the test has looked at the node. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HeldFirstBuild {

        final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        void release() {
            released.countDown();
        }

        @Bean
        @Primary
        IndexBuilder heldIndexBuilder(SearchIndex index, SearchSources sources, ChangeLog changes) {
            return new IndexBuilder(index, sources, changes) {
                @Override
                Generation build() {
                    started.countDown();
                    try {
                        released.await(SearchContract.BUILT_WITHIN.toSeconds(), TimeUnit.SECONDS);
                    } catch (InterruptedException stopping) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the node stopped before its first build", stopping);
                    }
                    return super.build();
                }
            };
        }
    }
}
