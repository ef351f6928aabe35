package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.SchedulePublication;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The embargo holds in every distribution channel: a scheduled press release is absent from every
 * feed, sitemap, JSON-LD and OpenGraph output until the scheduler publishes it, and then present
 * in all of them, through the page cache. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class FeedsEmbargoContract {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchedulePublication schedule;
    Http editor;

    @BeforeEach
    void signIn() {
        editor = new Http(port);
        editor.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
    }

    @Test
    void aScheduledReleaseReachesNoFeedSitemapOrPreviewUntilItIsPublishedAndThenAll() throws Exception {
        String word = "Zanzibarian" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String title = "Embargoed " + word + " accord";
        String editorPath = scheduledRelease(editor, title, word, "2031-05-04T11:00");
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
        String slug = jdbc.sql("SELECT slug FROM content_item WHERE id = :id").param("id", id).query(String.class)
                .single();
        String path = "/en/news/" + slug;

        Http reader = new Http(port);
        for (String channel : channels(word)) {
            Response answer = reader.get(channel);
            assertThat(answer.status()).as(channel).isIn(200, 404, 503);
            assertThat(answer.body()).as(channel).doesNotContain(title).doesNotContain(slug);
        }
        Response hidden = reader.get(path);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.document().select("meta[property^=og:], script[type=application/ld+json]")).isEmpty();

        editor.post(editorPath + "/cancel-schedule", Map.of("_csrf", editor.csrf(editorPath)));
        schedule.schedule(Actor.system("test"), id, Instant.now().plusSeconds(2), null);
        Response published = reader.get(path);
        for (int tries = 0; published.status() != 200 && tries < 60; tries++) {
            Thread.sleep(500);
            published = reader.get(path);
        }
        assertThat(published.status()).as("published by the scheduler").isEqualTo(200);

        Document page = published.document();
        assertThat(RichPreviewsContract.meta(page, "og:title")).isEqualTo(title);
        assertThat(RichPreviewsContract.meta(page, "og:type")).isEqualTo("article");
        JsonNode article = RichPreviewsContract.jsonLd(page, "NewsArticle").get(0);
        assertThat(article.get("headline").asString()).isEqualTo(title);
        assertThat(article.get("dateline").asString()).isEqualTo("Geneva, Switzerland");
        for (String channel : channels(word)) {
            Response answer = reader.get(channel);
            for (int tries = 0; !answer.body().contains(slug) && tries < 40; tries++) {
                Thread.sleep(250);
                answer = reader.get(channel);
            }
            assertThat(answer.status()).as(channel).isEqualTo(200);
            assertThat(answer.body()).as(channel + " once published").contains(slug);
        }
        String rss = reader.get("/en/feeds/news.rss?kind=press-release").body();
        assertThat(FeedsContract.entry(FeedsContract.rome(rss), title).getContents().get(0).getValue())
                .contains("Geneva, Switzerland");
        Document listing = reader.get("/en/news").document();
        assertThat(RichPreviewsContract.jsonLd(listing, "BreadcrumbList")).hasSize(1);
    }

    /** Every public output that could name the release: feeds, searches as feeds, sitemaps, listings' heads. */
    static List<String> channels(String word) {
        return List.of("/en/feeds/news.rss", "/en/feeds/news.atom", "/en/feeds/news.json",
                "/en/feeds/news.atom?kind=press-release", "/en/feeds/news.rss?country=by",
                "/en/feeds/search.json?q=" + word, "/sitemaps/en/news-1.xml", "/sitemaps/en/recent.xml",
                "/en/", "/en/press-room", "/en/countries/by");
    }

    /** A press release written, approved and scheduled through the forms; the path of its editor. */
    static String scheduledRelease(Http editor, String title, String word, String publishAt) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "ARTICLE", "kind", "PRESS_RELEASE", "language", "en",
                "title", title, "bodyMarkdown", "The " + word + " accord is under embargo until the signing.",
                "countries", List.of("BY"), "datelineCity", "Geneva", "datelineCountry", "CH"));
        form.put("_csrf", editor.csrf("/admin/content/new?type=article"));
        Response created = editor.post("/admin/content", form);
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        String path = created.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        String csrf = editor.csrf(path);
        assertThat(editor.post(path + "/submit", Map.of("_csrf", csrf)).status()).isEqualTo(302);
        assertThat(editor.post(path + "/approve", Map.of("_csrf", csrf)).status()).isEqualTo(302);
        Response scheduled = editor.post(path + "/schedule", Map.of("_csrf", csrf, "publishAt", publishAt));
        assertThat(scheduled.location()).as(scheduled.mainText()).endsWith("?scheduled");
        return path;
    }
}
