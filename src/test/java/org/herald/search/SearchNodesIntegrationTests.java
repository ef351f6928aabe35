package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.herald.support.HeraldProcess;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.PostgresTest;
import org.herald.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Search with real nodes: the packaged jar started as processes on one PostgreSQL database,
 * each with its own data folder and index. What one node publishes the other finds within two
 * seconds, and an unpublish on one is gone on the other; a node killed while it indexes a burst
 * of publications catches up when restarted, to exactly the database's published items; a
 * damaged index is detected on start and rebuilt; {@code reindex} rebuilds while the node keeps
 * answering, and leaves only the generation in use on disk, with a node running or none.
 */
@PostgresTest
class SearchNodesIntegrationTests {

    private static final String PASSWORD = "search-nodes-test-password-42";
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BURST = 16;

    @Test
    void nodesFollowEachOtherSurviveAKillAndADamagedIndexAndReindexWhileAnswering(@TempDir Path a, @TempDir Path b)
            throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            JdbcClient jdbc = jdbc(database);
            String burstWord = SearchContract.uniqueWord();
            try (HeraldProcess second = HeraldProcess.start("search-b", b, settings(database));
                    HeraldProcess first = HeraldProcess.start("search-a", a, settings(database))) {
                first.awaitReady(START);
                second.awaitReady(START);
                Http editorOnA = signIn(first);
                Http editorOnB = signIn(second);
                awaitTotal(second, "who", total -> total > 0, CATCH_UP);
                awaitTotal(first, "who", total -> total > 0, CATCH_UP);

                String word = SearchContract.uniqueWord();
                long id = create(editorOnA, "Published on one node " + word);
                publish(editorOnA, id);
                long published = System.nanoTime();
                awaitTotal(second, word, total -> total == 1, Duration.ofSeconds(2));
                System.out.printf("Search: published on node a, found on node b after %d ms%n",
                        (System.nanoTime() - published) / 1_000_000);
                post(editorOnB, id, "unpublish");
                awaitTotal(first, word, total -> total == 0, Duration.ofSeconds(2));

                List<Long> burst = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    burst.add(create(editorOnB, "Burst " + burstWord + " number " + i));
                }
                for (int i = 0; i < BURST; i++) {
                    publish(editorOnB, burst.get(i));
                    if (i == BURST / 2) {
                        first.kill();
                    }
                }
                first.kill();
            }
            assertThat(indexedItems(a)).as("killed in the middle of the burst").isNotEqualTo(publishedItems(jdbc));

            try (HeraldProcess again = HeraldProcess.start("search-a-restarted", a, settings(database))) {
                again.awaitReady(START);
                awaitTotal(again, burstWord, total -> total == BURST, CATCH_UP);
            }
            assertThat(indexedItems(a)).as("after the restart, the index holds exactly what is published")
                    .isEqualTo(publishedItems(jdbc));
            assertThat(indexedIds(a)).filteredOn(docId -> docId.startsWith("country:")).hasSizeGreaterThan(240);

            String damaged = pointed(a);
            damage(a.resolve("search").resolve(damaged));
            try (HeraldProcess repaired = HeraldProcess.start("search-a-repaired", a, settings(database))) {
                repaired.awaitReady(START);
                awaitTotal(repaired, burstWord, total -> total == BURST, CATCH_UP);
                assertThat(pointed(a)).as("a new generation replaced the damaged one").isNotEqualTo(damaged);
                assertThat(a.resolve("search").resolve(damaged)).doesNotExist();

                String before = pointed(a);
                AtomicInteger answered = new AtomicInteger();
                AtomicInteger failed = new AtomicInteger();
                Thread reader = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        Response response = new Http(repaired.port()).get("/api/v1/search?q=" + burstWord);
                        if (response.status() == 200 && json(response.body()).get("total").asInt() == BURST) {
                            answered.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                });
                reader.start();
                reindex(a, database);
                String rebuilt = pointed(a);
                assertThat(rebuilt).isNotEqualTo(before);
                long deadline = System.nanoTime() + CATCH_UP.toNanos();
                while (a.resolve("search").resolve(before).toFile().exists() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(a.resolve("search").resolve(before)).as("the node took up the new generation").doesNotExist();
                reindex(a, database);
                assertThat(generations(a)).as("the new generation and at most the one the node is leaving")
                        .contains(pointed(a)).hasSizeLessThanOrEqualTo(2);
                deadline = System.nanoTime() + CATCH_UP.toNanos();
                while (generations(a).size() > 1 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                reader.interrupt();
                reader.join();
                assertThat(generations(a)).as("the node deleted the generation it left").containsExactly(pointed(a));
                assertThat(failed.get()).as("searches that failed or missed results during the rebuild").isZero();
                assertThat(answered.get()).isPositive();
                String after = SearchContract.uniqueWord();
                Http editor = signIn(repaired);
                publish(editor, create(editor, "After the rebuild " + after));
                awaitTotal(repaired, after, total -> total == 1, CATCH_UP);
            }
            assertThat(indexedItems(a)).isEqualTo(publishedItems(jdbc));
            reindex(a, database);
            reindex(a, database);
            assertThat(generations(a)).as("two reindexes with no node running").containsExactly(pointed(a));
            assertThat(indexedItems(a)).isEqualTo(publishedItems(jdbc));
        }
    }

    /** Runs {@code reindex} on this data folder, to its end. */
    private static void reindex(Path dataDir, PostgresTestDatabase database) throws IOException, InterruptedException {
        Process reindex = command(dataDir, database, "reindex");
        assertThat(reindex.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String output = new String(reindex.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reindex.exitValue()).as(output).isZero();
        assertThat(output).contains("Search index rebuilt");
    }

    /** The generation folders of a data folder. */
    private static List<String> generations(Path dataDir) throws IOException {
        try (Stream<Path> folders = Files.list(dataDir.resolve("search"))) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.startsWith("gen-")).sorted().toList();
        }
    }

    private static Set<Long> publishedItems(JdbcClient jdbc) {
        return new TreeSet<>(jdbc.sql("SELECT item_id FROM published_item").query(Long.class).list());
    }

    private static Set<Long> indexedItems(Path dataDir) throws IOException {
        Set<Long> ids = new TreeSet<>();
        for (String id : indexedIds(dataDir)) {
            if (id.startsWith("item:")) {
                ids.add(Long.parseLong(id.substring(5)));
            }
        }
        return ids;
    }

    /** The ids of the live documents of the generation in use, read from its files (the node is stopped). */
    private static List<String> indexedIds(Path dataDir) throws IOException {
        List<String> ids = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve("search").resolve(pointed(dataDir)));
                IndexReader reader = DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(fields.document(doc).get("id"));
                    }
                }
            }
        }
        return ids;
    }

    private static String pointed(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("search").resolve("current")).trim();
    }

    /** Garbage over the middle of every segment file, as a failing disk or a careless copy would leave it. */
    private static void damage(Path generation) throws IOException {
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("segments") || name.equals("write.lock") || Files.size(file) < 64) {
                    continue;
                }
                try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                    raw.seek(raw.length() / 2);
                    raw.write("garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    private static void awaitTotal(HeraldProcess node, String query, java.util.function.LongPredicate expected,
                                   Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long total = -1;
        while (System.nanoTime() < deadline) {
            Response response = new Http(node.port()).get("/api/v1/search?q=" + query);
            if (response.status() == 200) {
                total = json(response.body()).get("total").asLong();
                if (expected.test(total)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(node.name() + ": search for " + query + " still has " + total + " results after "
                + timeout);
    }

    private static Http signIn(HeraldProcess node) {
        return node.signInAsAdmin(PASSWORD);
    }

    private static long create(Http editor, String title) {
        return editor.createArticle("NEWS", title, "Written on a node of two.");
    }

    private static void publish(Http editor, long id) {
        post(editor, id, "publish");
    }

    private static void post(Http editor, long id, String action) {
        Response response = editor.post("/admin/content/" + id + "/" + action,
                Map.of("_csrf", editor.csrf("/admin/content/" + id)));
        assertThat(response.status()).as(action + ": " + response.mainText()).isEqualTo(302);
    }

    private static Process command(Path dataDir, PostgresTestDatabase database, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", new File("target/herald.jar")
                .getAbsolutePath()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(settings(database));
        builder.environment().put("HERALD_DATA_DIR", dataDir.toString());
        return builder.start();
    }

    private static Map<String, String> settings(PostgresTestDatabase database) {
        return Map.of("HERALD_DB_URL", database.jdbcUrl(), "HERALD_DB_USER", database.user(),
                "HERALD_DB_PASSWORD", database.password(), "HERALD_ADMIN_PASSWORD", PASSWORD,
                "HERALD_DB_POOL_SIZE", "4",
                // one reader searches as fast as it can while the index is rebuilt: no fair-use limit for it
                "HERALD_API_ANONYMOUS_PER_MINUTE", "1000000");
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static JdbcClient jdbc(PostgresTestDatabase database) {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
    }
}
