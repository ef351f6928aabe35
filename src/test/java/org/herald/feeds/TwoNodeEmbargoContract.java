package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.HeraldApplication;
import org.herald.accounts.Actor;
import org.herald.content.SchedulePublication;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The embargo on two nodes of one database (H2 shared in one process, or PostgreSQL): a release scheduled on node A is in no
 * feed, sitemap, API answer, JSON-LD or OpenGraph tag of either node, though both have just
 * served (and cached) every one of them; when its time comes, whichever node's scheduler
 * publishes it, it appears in all of them on both nodes.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class TwoNodeEmbargoContract {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchedulePublication schedule;

    @Test
    void aScheduledReleaseIsNowhereOnEitherNodeUntilItsTimeThenEverywhereOnBoth(@TempDir Path folder)
            throws Exception {
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(HeraldApplication.class).run(
                "--server.port=0", "--herald.data-dir=" + Files.createDirectories(folder.resolve("node-b")),
                "--herald.admin.password=" + TestAdmin.PASSWORD,
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))) {
            Http a = new Http(port);
            Http b = new Http(nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            Http editor = new Http(port);
            editor.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);

            String word = "Pembarian" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
            String title = "Embargoed " + word + " compact";
            String editorPath = FeedsEmbargoContract.scheduledRelease(editor, title, word, "2031-05-04T11:00");
            long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
            String slug = jdbc.sql("SELECT slug FROM content_item WHERE id = :id").param("id", id)
                    .query(String.class).single();
            List<String> channels = new ArrayList<>(FeedsEmbargoContract.channels(word));
            channels.addAll(List.of("/api/v1/articles?lang=en", "/api/v1/articles?lang=en&kind=press-release",
                    "/api/v1/countries/by?lang=en", "/en/news/" + slug, "/api/v1/articles/en/" + slug));

            for (Http node : List.of(a, b)) {
                for (String channel : channels) {
                    Http.Response answer = node.get(channel);
                    assertThat(answer.status()).as(channel).isIn(200, 404, 503);
                    assertThat(answer.body()).as(channel + " before its time").doesNotContain(title);
                    if (channel.contains(slug)) {
                        assertThat(answer.status()).as(channel + " before its time").isEqualTo(404);
                    } else {
                        assertThat(answer.body()).as(channel + " before its time").doesNotContain(slug);
                    }
                }
            }

            editor.post(editorPath + "/cancel-schedule", Map.of("_csrf", editor.csrf(editorPath)));
            Instant due = Instant.now().plusSeconds(2);
            schedule.schedule(Actor.system("test"), id, due, null);
            for (Http node : List.of(a, b)) {
                for (String channel : channels) {
                    Http.Response answer = node.get(channel);
                    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    while (!(answer.status() == 200 && answer.body().contains(slug)) && System.nanoTime() < until) {
                        Thread.sleep(200);
                        answer = node.get(channel);
                    }
                    assertThat(answer.status()).as(channel).isEqualTo(200);
                    assertThat(answer.body()).as(channel + " once published").contains(slug);
                }
            }
            System.out.printf("Two-node embargo: every channel on both nodes showed the release %d ms after it was due%n",
                    Duration.between(due, Instant.now()).toMillis());
            assertThat(b.get("/api/v1/articles/en/" + slug).body()).contains(title);
            assertThat(b.get("/en/news/" + slug).body()).contains("og:title", title);
        }
    }
}
