package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.support.HeraldOnH2;
import org.herald.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A node whose searches all run out of their time budget (a budget of one nanosecond): the page
 * says, in the reader's language, that its results may be incomplete, and the API marks its
 * answer {@code "partial": true}; neither is kept by a cache. What a search finds within a real
 * budget on a large index is {@code SearchCostTests}' part.
 */
@HeraldOnH2
@TestPropertySource(properties = "herald.search.time-budget=1ns")
class SearchOutOfTimeIntegrationTests {

    @LocalServerPort int port;

    @Test
    void aSearchOutOfTimeSaysItsResultsMayBeIncomplete() {
        Http reader = new Http(port);
        Http.Response page = SearchContract.onceBuilt(reader, "/fr/search?q=migration");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        Document document = page.document();
        assertThat(document.select(".search-results .notice").text()).isEqualTo("Cette recherche a pris trop de"
                + " temps : ces résultats sont peut-être incomplets. Avec moins de mots, ou moins de mots avec * ou ~,"
                + " la réponse est complète et plus rapide.");

        Http.Response api = reader.get("/api/v1/search?q=migration");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = SearchContract.json(api.body());
        assertThat(body.get("partial").asBoolean()).isTrue();
        assertThat(body.get("didYouMean").isNull()).isTrue();
    }
}
