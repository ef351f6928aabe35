package org.herald.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
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

/**
 * Embargoed previews over real HTTP: a scheduled press release is readable through its
 * per-recipient links (every opening logged) and through nothing else on the public site;
 * withdrawn and expired links stop working; once published, a link leads to the public page.
 * Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class EmbargoContract {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired SharePreview share;
    Http editor;

    @BeforeEach
    void signIn() {
        editor = new Http(port);
        editor.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
    }

    @Test
    void aScheduledReleaseIsReadableOnlyThroughItsPreviewLinks() {
        String title = "Embargoed agreement " + UUID.randomUUID().toString().substring(0, 8);
        String editorPath = scheduledRelease(title, "2031-05-04T11:00");
        String link = previewLink(editorPath, "Jane Doe, Minsk Daily");

        Http journalist = new Http(port).always("User-Agent", "NewsroomReader/1.0");
        Response preview = journalist.get(link);
        assertThat(preview.status()).isEqualTo(200);
        Document page = preview.document();
        assertThat(page.select(".embargo-until").text().replace('\u202f', ' '))
                .isEqualTo("EMBARGOED until May 4, 2031 at 11:00 AM UTC");
        assertThat(page.select("main h1").text()).isEqualTo(title);
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(preview.header("X-Robots-Tag")).contains("noindex");
        assertThat(preview.header("Cache-Control")).contains("no-store");
        assertThat(preview.header("Referrer-Policy")).isEqualTo("no-referrer");

        String slug = jdbc.sql("SELECT slug FROM content_item WHERE title = :t").param("t", title).query(String.class).single();
        Http reader = new Http(port);
        assertThat(reader.get("/en/news/" + slug).status()).as("its own address").isEqualTo(404);
        for (String path : List.of("/en/", "/en/news", "/en/news?kind=press-release", "/en/news?country=by",
                "/en/news?year=2031", "/en/press-room", "/en/countries/by", "/en/highlights")) {
            Response public_ = reader.get(path);
            assertThat(public_.body()).as(path).doesNotContain(title).doesNotContain(slug);
        }

        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM preview_view v JOIN preview_link l ON l.id = v.link_id
                WHERE l.recipient = 'Jane Doe, Minsk Daily' AND v.user_agent = 'NewsroomReader/1.0'
                """).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'preview.view' AND actor_name = :a")
                .param("a", "preview:Jane Doe, Minsk Daily").query(Long.class).single()).isEqualTo(1);
        Document log = editor.get(editorPath + "/previews").document();
        assertThat(log.select("table.list").first().text()).contains("Jane Doe, Minsk Daily", "Active");
        assertThat(log.text()).contains("NewsroomReader/1.0");
    }

    @Test
    void aWithdrawnLinkStopsWorkingAndOthersGoOn() {
        String editorPath = scheduledRelease("Two recipients " + UUID.randomUUID(), "2031-06-01T09:00");
        String first = previewLink(editorPath, "First recipient");
        String second = previewLink(editorPath, "Second recipient");
        long firstId = jdbc.sql("SELECT id FROM preview_link WHERE recipient = 'First recipient' ORDER BY id DESC LIMIT 1")
                .query(Long.class).single();
        editor.post(editorPath + "/previews/" + firstId + "/revoke", Map.of("_csrf", editor.csrf(editorPath + "/previews")));

        Http journalist = new Http(port);
        Response gone = journalist.get(first);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.mainText()).contains("The link has expired or was withdrawn.");
        assertThat(journalist.get(second).status()).isEqualTo(200);
        assertThat(journalist.get("/preview/" + "A".repeat(43)).status()).as("a guessed token").isEqualTo(404);
        assertThat(journalist.get("/preview/short").status()).isEqualTo(404);
    }

    @Test
    void anExpiredLinkStopsWorking() throws InterruptedException {
        String editorPath = scheduledRelease("Short-lived " + UUID.randomUUID(), "2031-07-01T09:00");
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
        SharePreview.NewLink link = share.share(Actor.system("test"), id, "Quick reader", Instant.now().plusMillis(1500));
        assertThat(new Http(port).get(link.path()).status()).isEqualTo(200);
        Thread.sleep(2000);
        assertThat(new Http(port).get(link.path()).status()).isEqualTo(404);
    }

    @Test
    void onceTheReleaseIsPublishedItsLinksLeadToThePublicPage() {
        String title = "Published after all " + UUID.randomUUID().toString().substring(0, 8);
        String editorPath = scheduledRelease(title, "2031-08-01T09:00");
        String link = previewLink(editorPath, "Early reader");
        editor.post(editorPath + "/publish", Map.of("_csrf", editor.csrf(editorPath)));
        Response moved = new Http(port).get(link);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).contains("/en/news/");
        assertThat(new Http(port).follow(moved).document().select("main h1").text()).isEqualTo(title);
        Response refused = editor.post(editorPath + "/previews", Map.of("_csrf", editor.csrf(editorPath + "/previews"),
                "recipient", "Too late", "expiresAt", "2031-09-01T09:00"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mainText()).contains("This item is already public");
    }

    /** A press release written, approved and scheduled through the forms; the path of its editor. */
    private String scheduledRelease(String title, String publishAt) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "ARTICLE", "kind", "PRESS_RELEASE", "language", "en",
                "title", title, "bodyMarkdown", "Under embargo until the signing.", "countries", List.of("BY"),
                "featured", "true"));
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

    private String previewLink(String editorPath, String recipient) {
        Response made = editor.post(editorPath + "/previews", Map.of("_csrf", editor.csrf(editorPath + "/previews"),
                "recipient", recipient, "expiresAt", "2031-12-31T00:00"));
        assertThat(made.status()).as(made.mainText()).isEqualTo(302);
        String link = editor.follow(made).document().select("#new-link").val();
        assertThat(link).matches("http://localhost:\\d+/preview/[A-Za-z0-9_-]{43}");
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
