package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.herald.support.HeraldProcess;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.PostgresTest;
import org.herald.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Scheduled publishing with real nodes: the packaged jar started twice on one PostgreSQL
 * database. Items scheduled for the same instant are each published exactly once, by whichever
 * node claims them, on time; and an item that falls due while both nodes are down (killed) is
 * published when one starts again. What was measured is printed (and kept in docs/benchmarks.md).
 */
@PostgresTest
class TwoNodeSchedulingIntegrationTests {

    private static final String PASSWORD = "two-nodes-test-password-42";
    private static final Duration START = Duration.ofMinutes(4);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int ITEMS = 12;

    @Test
    void twoNodesPublishEachItemOnceAtItsTimeAndAFreshStartCatchesUpOnWhatFellDueWhileAllWereDown(
            @TempDir Path a, @TempDir Path b) throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            JdbcClient jdbc = jdbc(database);
            long missed;
            Instant missedDue;
            try (HeraldProcess first = HeraldProcess.start("node-a", a, settings(database));
                    HeraldProcess second = HeraldProcess.start("node-b", b, settings(database))) {
                first.awaitReady(START);
                second.awaitReady(START);
                Http editor = signIn(first);
                List<Long> ids = new ArrayList<>();
                Instant writing = Instant.now();
                for (int i = 0; i < ITEMS; i++) {
                    ids.add(approvedRelease(editor, "Two nodes " + i));
                }
                missed = approvedRelease(editor, "Due while every node was down");
                // Scheduling them all takes about as long as writing them did (less: one form each,
                // not three): on a loaded machine that can be more than the 6 s ahead a time must be.
                Duration margin = Duration.between(writing, Instant.now());
                Instant due = Instant.now().plusSeconds(6).plus(margin).truncatedTo(ChronoUnit.SECONDS);
                for (long id : ids) {
                    schedule(editor, id, due);
                }
                awaitPublished(jdbc, ids, Duration.ofSeconds(90));

                for (long id : ids) {
                    assertThat(count(jdbc, "audit_log WHERE action = 'content.publish' AND entity_id = " + id))
                            .as("item %d published once", id).isEqualTo(1);
                    assertThat(count(jdbc, "change_log WHERE action = 'published' AND entity_id = " + id)).isEqualTo(1);
                    assertThat(count(jdbc, "published_item WHERE item_id = " + id)).isEqualTo(1);
                }
                List<Long> lateness = lateness(jdbc, ids);
                assertThat(lateness).as("never early").allMatch(millis -> millis >= 0);
                Map<String, Long> byNode = jdbc.sql("""
                        SELECT detail FROM audit_log WHERE action = 'content.publish' AND entity_id IN (:ids)
                        """).param("ids", ids).query(String.class).list().stream()
                        .collect(Collectors.groupingBy(detail -> detail.replaceAll(".*node ", ""), Collectors.counting()));
                System.out.printf("Two nodes, %d items due at %s: published by %s; lateness ms min %d, median %d, max %d%n",
                        ITEMS, due, byNode, lateness.get(0), lateness.get(lateness.size() / 2),
                        lateness.get(lateness.size() - 1));
                assertThat(new Http(first.port()).get("/en/news").body()).contains("Two nodes 0");
                assertThat(new Http(second.port()).get("/en/news").body()).contains("Two nodes " + (ITEMS - 1));

                missedDue = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
                schedule(editor, missed, missedDue);
                first.kill();
                second.kill();
            }
            while (Instant.now().isBefore(missedDue.plusSeconds(2))) {
                Thread.sleep(200);
            }
            assertThat(jdbc.sql("SELECT status FROM content_item WHERE id = :id").param("id", missed).query(String.class)
                    .single()).as("nobody was there to publish it").isEqualTo("SCHEDULED");
            Instant restart = Instant.now();
            try (HeraldProcess node = HeraldProcess.start("node-a-again", a, settings(database))) {
                awaitPublished(jdbc, List.of(missed), START);
                OffsetDateTime published = jdbc.sql("SELECT first_published_at FROM content_item WHERE id = :id")
                        .param("id", missed).query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
                assertThat(published.toInstant()).as("published after the restart").isAfter(restart);
                assertThat(count(jdbc, "audit_log WHERE action = 'content.publish' AND entity_id = " + missed))
                        .isEqualTo(1);
                System.out.printf("Catch-up: due %s, node restarted %s, published %s%n", missedDue, restart,
                        published.toInstant());
            }
        }
    }

    private static Map<String, String> settings(PostgresTestDatabase database) {
        return Map.of("HERALD_DB_URL", database.jdbcUrl(), "HERALD_DB_USER", database.user(),
                "HERALD_DB_PASSWORD", database.password(), "HERALD_ADMIN_PASSWORD", PASSWORD,
                "HERALD_TIME_ZONE", "UTC", "HERALD_DB_POOL_SIZE", "4");
    }

    private static Http signIn(HeraldProcess node) {
        return node.signInAsAdmin(PASSWORD);
    }

    /** Writes, submits and approves a press release through the forms; its id. */
    private static long approvedRelease(Http editor, String title) {
        long id = editor.createArticle("PRESS_RELEASE", title, "Scheduled on two nodes.");
        String csrf = editor.csrf("/admin/content/" + id);
        editor.post("/admin/content/" + id + "/submit", Map.of("_csrf", csrf));
        editor.post("/admin/content/" + id + "/approve", Map.of("_csrf", csrf));
        return id;
    }

    private static void schedule(Http editor, long id, Instant due) {
        Response scheduled = editor.post("/admin/content/" + id + "/schedule", Map.of("_csrf",
                editor.csrf("/admin/content/" + id), "publishAt", LOCAL.format(due.atOffset(ZoneOffset.UTC))));
        assertThat(scheduled.location()).as(scheduled.mainText()).endsWith("?scheduled");
    }

    private static void awaitPublished(JdbcClient jdbc, List<Long> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long published = jdbc.sql("SELECT COUNT(*) FROM content_item WHERE status = 'PUBLISHED' AND id IN (:ids)")
                    .param("ids", ids).query(Long.class).single();
            if (published == ids.size()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not all of " + ids + " were published within " + timeout);
    }

    /** How long after its due time each item went live, in milliseconds, sorted. */
    private static List<Long> lateness(JdbcClient jdbc, List<Long> ids) {
        return jdbc.sql("""
                SELECT a.occurred_at, a.detail FROM audit_log a
                WHERE a.action = 'content.publish' AND a.entity_id IN (:ids)
                """).param("ids", ids)
                .query((rs, n) -> {
                    Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
                    Instant due = Instant.parse(rs.getString(2).replaceAll(".*due (\\S+) .*", "$1"));
                    return Duration.between(due, at).toMillis();
                })
                .list().stream().sorted().toList();
    }

    private static long count(JdbcClient jdbc, String tableAndWhere) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private static JdbcClient jdbc(PostgresTestDatabase database) {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
    }
}
