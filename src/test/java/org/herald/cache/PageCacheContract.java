package org.herald.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;

import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.UnpublishContent;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The page cache as a reader and an editor meet it: a public page is served from memory,
 * compressed, with its keys and a strong ETag; a change is seen at once by the next reader of
 * the same node; signed-in users and the back office are never served from it. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class PageCacheContract {

    private static final Actor EDITOR = Actor.system("cache-test");

    @LocalServerPort
    int port;
    @Autowired
    SaveContent save;
    @Autowired
    PublishContent publish;
    @Autowired
    UnpublishContent unpublish;
    @Autowired
    EditorialContent editorial;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    org.herald.site.Menu menu;

    @Test
    void aPublicPageIsServedFromMemoryCompressedWithItsKeysAndAStrongEtag() throws Exception {
        long id = published("Cached release");
        String path = "/en/news/" + editorial.get(id).draft().slug();
        Http http = new Http(port);
        assertThat(http.get(path).header(PageCacheFilter.OUTCOME)).isEqualTo("miss");
        Response second = hit(http, path);
        assertThat(second.body()).contains("Cached release");
        assertThat(second.header("Surrogate-Key").split(" ")).contains("content_item:" + id, "menu:*");
        assertThat(second.header("Cache-Control")).contains("public", "s-maxage=", "stale-while-revalidate=",
                "stale-if-error=");
        String etag = second.header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(http.get(path, "If-None-Match", etag).status()).as("a conditional GET").isEqualTo(304);

        byte[] plain = bytes(path, "identity");
        assertThat(new String(gunzip(bytes(path, "gzip")), StandardCharsets.UTF_8))
                .isEqualTo(new String(plain, StandardCharsets.UTF_8));
        Brotli4jLoader.ensureAvailability();
        assertThat(Decoder.decompress(bytes(path, "br, gzip")).getDecompressedData()).isEqualTo(plain);
        assertThat(bytes(path, "br, gzip").length).as("compressed on the wire").isLessThan(plain.length / 3);
    }

    @Test
    void aReaderWhoDoesNotTakeTheCachedTypeGetsTheApplicationsAnswerNotTheCachedOne() throws InterruptedException {
        Http http = new Http(port);
        String feed = "/en/feeds/news.rss";
        http.get(feed);
        assertThat(hit(http, feed).header("Content-Type")).startsWith("application/rss+xml");
        Response refused = http.get(feed, "Accept", "application/json");
        assertThat(refused.status()).as("as without a cache").isEqualTo(406);
        assertThat(refused.header(PageCacheFilter.OUTCOME)).isNull();
        Response reader = hit(http, feed, "Accept", "application/rss+xml, application/xml;q=0.9, */*;q=0.1");
        assertThat(reader.status()).isEqualTo(200);
        assertThat(http.get(feed, "Accept", "no/such/type,,").status()).as("an Accept that does not parse")
                .isBetween(400, 499);
    }

    @Test
    void whoeverChangesAPageSeesTheChangeOnTheNextRead() throws InterruptedException {
        long id = published("Before the change");
        String slug = editorial.get(id).draft().slug();
        Http http = new Http(port);
        hit(http, "/en/news/" + slug);
        assertThat(http.get("/en/news").body()).contains("Before the change");

        var item = editorial.get(id);
        save.update(EDITOR, id, item.version(), draft("After the change", slug));
        publish.publish(EDITOR, id);
        assertThat(http.get("/en/news/" + slug).body()).contains("After the change").doesNotContain("Before the");
        assertThat(http.get("/en/news").body()).contains("After the change");

        unpublish.unpublish(EDITOR, id);
        assertThat(http.get("/en/news/" + slug).status()).isEqualTo(404);
    }

    @Test
    void theMenuIsKeptByTheNodeYetARenamedEntryReachesEveryPageAtOnce() throws InterruptedException {
        org.herald.site.MenuEntry entry = menu.entries().get(0);
        String label = entry.labels().get("en");
        String renamed = label + " " + UUID.randomUUID().toString().substring(0, 6);
        Http http = new Http(port);
        long id = published("Shown with the menu");
        String article = "/en/news/" + editorial.get(id).draft().slug();
        http.get("/en/press-room");
        Response list = hit(http, "/en/news");
        assertThat(list.header("Surrogate-Key")).as("a page rendered with the node's kept menu depends on it")
                .contains("menu:*");
        try {
            menu.rename(Actor.system("cache-test-admin"), entry.id(), Language.EN, renamed);
            assertThat(http.get("/en/news").document().select("nav.main-nav a").eachText()).contains(renamed);
            assertThat(http.get(article).document().select("nav.main-nav a").eachText()).contains(renamed)
                    .doesNotContain(label);
        } finally {
            menu.rename(Actor.system("cache-test-admin"), entry.id(), Language.EN, label);
        }
        assertThat(http.get(article).document().select("nav.main-nav a").eachText()).contains(label);
    }

    @Test
    void anotherArticleLeavesACachedArticleCachedButANewSubPageReachesItsMenu() throws InterruptedException {
        long id = published("Steady release");
        String path = "/en/news/" + editorial.get(id).draft().slug();
        Http http = new Http(port);
        http.get(path);
        assertThat(hit(http, path).header("Surrogate-Key").split(" ")).doesNotContain("content_item:*");
        published("Unrelated release");
        assertThat(http.get(path).header(PageCacheFilter.OUTCOME)).as("not evicted by another article").isEqualTo("hit");

        UUID section = jdbc.sql("SELECT page_group FROM menu_item ORDER BY position, id").query(UUID.class).list()
                .stream().findFirst().orElseThrow();
        String title = "Sub-page " + UUID.randomUUID().toString().substring(0, 8);
        long sub = publish.publishNew(EDITOR, new ContentDraft(ContentType.PAGE, null, Language.EN, title, null, null,
                "Text.", null, true, null, null, section, PageLayout.STANDARD, false, List.of(), List.of()));
        assertThat(http.get(path).document().select("nav.main-nav ul.sub-menu a").eachText()).contains(title);
        unpublish.unpublish(EDITOR, sub);
        assertThat(http.get(path).document().select("nav.main-nav ul.sub-menu a").eachText()).doesNotContain(title);
    }

    @Test
    void aPageThatWasMissingIsFoundOnceItIsPublished() {
        String slug = "cache-later-" + UUID.randomUUID().toString().substring(0, 8);
        Http http = new Http(port);
        assertThat(http.get("/en/news/" + slug).status()).isEqualTo(404);
        assertThat(http.get("/en/news/" + slug).status()).isEqualTo(404);
        publish.publishNew(EDITOR, draft("Published later", slug));
        assertThat(http.get("/en/news/" + slug).status()).isEqualTo(200);
    }

    @Test
    void signedInUsersAndTheBackOfficeAreNeverServedFromTheCache() {
        long id = published("Read by an editor");
        String path = "/en/news/" + editorial.get(id).draft().slug();
        new Http(port).get(path);
        Http editor = new TestUsers(jdbc, passwords).signedIn(port, "EDITOR");
        for (String page : List.of(path, "/en/news", "/admin/content", "/admin/content/" + id)) {
            Response response = editor.get(page);
            assertThat(response.header(PageCacheFilter.OUTCOME)).as(page).isNull();
            assertThat(response.header("Surrogate-Key")).as(page).isNull();
        }
        assertThat(new Http(port).get("/login").header(PageCacheFilter.OUTCOME)).isNull();
        Response rendered = editor.get(path, "Accept-Encoding", "gzip");
        assertThat(rendered.header("Content-Encoding")).as("rendered for an editor, still compressed").isEqualTo("gzip");
        assertThat(rendered.header("ETag")).as("weak: computed before compression").startsWith("W/\"");
    }

    /**
     * The page, once it comes from the cache. A page rendered while the change log follower was
     * evicting what it depends on (its own publication, read back from the log) is not kept, so
     * the first few reads after a change may each be rendered.
     */
    /** The path's answer once the cache serves it (a render in flight may not be kept: asked again). */
    private static Response hit(Http http, String path, String... headers) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        Response response = http.get(path, headers);
        while (!"hit".equals(response.header(PageCacheFilter.OUTCOME)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = http.get(path, headers);
        }
        assertThat(response.header(PageCacheFilter.OUTCOME)).as(path).isEqualTo("hit");
        return response;
    }

    private long published(String title) {
        return publish.publishNew(EDITOR, draft(title, "cache-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static ContentDraft draft(String title, String slug) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, title, slug, "A summary.",
                "Some text about the cache. ".repeat(40), null, true, null, null, null, PageLayout.STANDARD, false,
                List.of("BY"), List.of());
    }

    private byte[] bytes(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Accept-Encoding", acceptEncoding).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String expected = acceptEncoding.startsWith("br") ? "br" : acceptEncoding.equals("gzip") ? "gzip" : null;
        assertThat(response.headers().firstValue("Content-Encoding").orElse(null)).isEqualTo(expected);
        return response.body();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
