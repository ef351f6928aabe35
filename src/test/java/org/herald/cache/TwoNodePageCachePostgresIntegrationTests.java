package org.herald.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.herald.HeraldApplication;
import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.highlights.Highlights;
import org.herald.highlights.NewHighlight;
import org.herald.highlights.PinHighlight;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.HeraldOnPostgres;
import org.herald.support.Http;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one PostgreSQL database, each with its own page cache: a change published on
 * node A is seen in node B's pages within a second, although B had the old page cached. B learns
 * of the change only through the change log. A highlight that ends leaves both nodes' cached
 * pages when it ends, though nothing is written to the change log then.
 */
@HeraldOnPostgres
@TestPropertySource(properties = EditorialTests.CONTEXT)
class TwoNodePageCachePostgresIntegrationTests {

    private static final Actor EDITOR = Actor.system("two-node-cache");

    @Autowired
    Environment environment;
    @Autowired
    SaveContent save;
    @Autowired
    PublishContent publish;
    @Autowired
    EditorialContent editorial;
    @Autowired
    PinHighlight pin;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void aChangePublishedOnOneNodeIsSeenInTheOthersCacheWithinASecond(@TempDir Path folder) throws Exception {
        String slug = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
        long id = publish.publishNew(EDITOR, draft("Seen first", slug));
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(HeraldApplication.class).run(
                "--server.port=0", "--herald.data-dir=" + Files.createDirectories(folder.resolve("node-b")),
                "--herald.admin.password=" + TestAdmin.PASSWORD,
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))) {
            Http b = new Http(nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            String path = "/en/news/" + slug;
            assertThat(b.get(path).body()).contains("Seen first");
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!"hit".equals(b.get(path).header(PageCacheFilter.OUTCOME)) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(b.get(path).header(PageCacheFilter.OUTCOME)).as("B serves it from its cache").isEqualTo("hit");

            save.update(EDITOR, id, editorial.get(id).version(), draft("Changed on node A", slug));
            publish.publish(EDITOR, id);
            long published = System.nanoTime();
            String body = b.get(path).body();
            while (!body.contains("Changed on node A") && System.nanoTime() - published < Duration.ofSeconds(10).toNanos()) {
                Thread.sleep(20);
                body = b.get(path).body();
            }
            Duration behind = Duration.ofNanos(System.nanoTime() - published);
            System.out.printf("Page cache: node B showed node A's change %d ms after it was published%n",
                    behind.toMillis());
            assertThat(body).contains("Changed on node A");
            assertThat(behind).isLessThan(Duration.ofSeconds(1));

            highlightEndsOnBothNodesByTheClock(new Http(port), b);
            vacancyClosesOnBothNodesByTheClock(new Http(port), b);
        }
    }

    /**
     * A highlight that ends leaves both nodes' cached home pages when it ends, though nothing is
     * written then: each cached page is kept only until its next pin starts or ends.
     */
    private void highlightEndsOnBothNodesByTheClock(Http a, Http b) throws InterruptedException {
        String title = "Two nodes, ends soon " + UUID.randomUUID();
        Instant end = Instant.now().plusSeconds(6);
        pin.pin(EDITOR, new NewHighlight(Highlights.HOME, null, "https://example.org/two-nodes", title, null, null,
                null, "ru", Instant.now().minusSeconds(60), end));
        for (Http node : List.of(a, b)) {
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            Http.Response page = node.get("/ru/");
            while (!("hit".equals(page.header(PageCacheFilter.OUTCOME)) && page.body().contains(title))
                    && System.nanoTime() < until) {
                Thread.sleep(50);
                page = node.get("/ru/");
            }
            assertThat(page.body()).as("shown while it lasts").contains(title);
            assertThat(page.header(PageCacheFilter.OUTCOME)).as("and cached").isEqualTo("hit");
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 100);
        assertThat(a.get("/ru/").body()).as("gone on node A").doesNotContain(title);
        assertThat(b.get("/ru/").body()).as("gone on node B").doesNotContain(title);
    }

    /**
     * A vacancy leaves both nodes' cached list, feed and API answer, and its page its JobPosting,
     * the moment it closes: each cached answer is kept only until the next closing.
     */
    private void vacancyClosesOnBothNodesByTheClock(Http a, Http b) throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Two nodes, closes soon " + suffix;
        Instant closes = Instant.now().plusSeconds(15);
        String terms = String.join("\n", "reference = TN-" + suffix, "grade = P-2", "duty-station = Minsk, BY",
                "contract = temporary", "languages = en", "opens = " + Instant.now().minusSeconds(3600),
                "closes = " + closes, "apply = jobs@example.org");
        publish.publish(EDITOR, save.create(EDITOR, new ContentDraft(ContentType.VACANCY, null, Language.EN, title,
                "two-nodes-" + suffix, null, "Closes on both nodes.", null, false, null, null, null,
                PageLayout.STANDARD, false, List.of(), List.of()), null, java.util.Map.of("vacancy", terms)));
        List<String> paths = List.of("/en/vacancies", "/en/feeds/vacancies.atom", "/api/v1/vacancies");
        for (Http node : List.of(a, b)) {
            for (String path : paths) {
                long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                Http.Response page = node.get(path);
                while (!("hit".equals(page.header(PageCacheFilter.OUTCOME)) && page.body().contains(title))
                        && System.nanoTime() < until) {
                    Thread.sleep(50);
                    page = node.get(path);
                }
                assertThat(page.body()).as(path + " while open").contains(title);
            }
            assertThat(node.get("/en/vacancies/two-nodes-" + suffix).body()).contains("\"JobPosting\"");
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 100);
        for (Http node : List.of(a, b)) {
            for (String path : paths) {
                assertThat(node.get(path).body()).as(path + " after closing").doesNotContain(title);
            }
            assertThat(node.get("/en/vacancies/two-nodes-" + suffix).body()).doesNotContain("\"JobPosting\"");
        }
    }

    private static ContentDraft draft(String title, String slug) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, title, slug, "A summary.",
                "Text seen on two nodes.", null, true, null, null, null, PageLayout.STANDARD, false, List.of("BY"),
                List.of());
    }
}
