package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.herald.HeraldApplication;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.TestAdmin;
import org.herald.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A backup of a running node's database, restored into an empty database and served by a second
 * node: the same rows in the main tables, the same bytes for the seed's press release and for an
 * uploaded image, the same search hits. The second node is given the first one's search index,
 * which has changes made after the backup (as when a database is restored under a node's data
 * folder): it must notice and rebuild, and never find what the restored database does not hold.
 * Run on H2 (the {@code backup} command of the packaged jar, beside the running node) and on
 * PostgreSQL ({@code pg_dump} and {@code pg_restore}).
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class BackupRestoreContract {

    static final Duration WITHIN = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("content_item", "revision", "published_item", "published_item_country",
            "item_contact", "slug_redirect", "menu_item", "org_fact", "country", "office", "contact", "media_item",
            "media_file", "app_user", "audit_log", "change_log", "figure", "import_source", "highlight");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Value("${herald.data-dir}") String dataDir;

    /** Backs up the running node's database into a new file in {@code folder}, as an operator would. */
    abstract Path backUp(Path folder) throws Exception;

    /**
     * Restores the backup into a new, empty database; the command-line arguments that start a node
     * on it with {@code dataDir} as its data folder.
     */
    abstract List<String> restore(Path backup, Path dataDir) throws Exception;

    /**
     * Where the database allows it (not H2, which one process holds), restores the backup again
     * under the running second node, which must notice within seconds; by default, nothing.
     */
    void restoreUnderTheRunningNode(int port) throws Exception {
    }

    @Test
    void aRestoredBackupServesTheSamePagesMediaAndSearchAndNothingNewer(@TempDir Path folder) throws Exception {
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        byte[] image = TestImages.png(900, 600);
        String media = upload(admin, image);
        String word = uniqueWord();
        publish(admin, "Backed up " + word, "Kept in the backup, with its picture: ![A backup](/media/" + media + ")");
        awaitHits(port, word, 1);

        Snapshot original = snapshot(port, jdbc, media, word);
        Path backup = backUp(folder);
        assertThat(original.mediaSha256()).isEqualTo(sha256(image));

        String later = uniqueWord();
        publish(admin, "Published after the backup " + later, "Not in the backup.");
        awaitHits(port, later, 1);
        Path restoredData = Files.createDirectories(folder.resolve("restored-data"));
        copySearchIndex(Path.of(dataDir), restoredData);

        List<String> arguments = new ArrayList<>(restore(backup, restoredData));
        arguments.addAll(List.of("--server.port=0", "--herald.data-dir=" + restoredData,
                "--herald.admin.password=" + TestAdmin.PASSWORD));
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(HeraldApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int restoredPort = restored.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            awaitHits(restoredPort, word, 1);
            assertThat(hits(restoredPort, later)).as("the restored node found a change the backup does not hold:"
                    + " it kept serving the index of the newer database").isEmpty();
            Snapshot copy = snapshot(restoredPort, restored.getBean(JdbcClient.class), media, word);
            assertThat(copy.counts()).as("rows in the main tables").isEqualTo(original.counts());
            assertThat(copy.pressRelease()).as("the press release page").isEqualTo(original.pressRelease());
            assertThat(copy.mediaSha256()).as("the image from /media/").isEqualTo(original.mediaSha256());
            assertThat(copy.renditionSha256()).as("its 640 px copy").isEqualTo(original.renditionSha256());
            assertThat(copy.searchHits()).as("search hits").isEqualTo(original.searchHits());
            restoreUnderTheRunningNode(restoredPort);
        }
        FileSystemUtils.deleteRecursively(restoredData);
    }

    /** What a reader and an operator can see of one node. */
    record Snapshot(Map<String, Long> counts, String pressRelease, String mediaSha256, String renditionSha256,
                    Map<String, List<String>> searchHits) {
    }

    private static Snapshot snapshot(int port, JdbcClient jdbc, String media, String word) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        String slug = jdbc.sql("SELECT slug FROM published_item WHERE language = 'en' AND title LIKE 'IOM to Sign MoU%'")
                .query(String.class).single();
        Http reader = new Http(port);
        Http.Response page = reader.get("/en/news/" + slug);
        assertThat(page.status()).isEqualTo(200);
        Map<String, List<String>> hits = new LinkedHashMap<>();
        for (String query : List.of("Commonwealth", word, "migrants Belarus")) {
            hits.put(query, hits(port, query));
        }
        // Absolute links (canonical, hreflang) name the node's own address, which differs between two test nodes.
        String pressRelease = page.body().replace("http://localhost:" + port + "/", "http://localhost/");
        return new Snapshot(counts, pressRelease, sha256(download(reader, "/media/" + media)),
                sha256(download(reader, "/media/" + media + "/w640")), hits);
    }

    private static byte[] download(Http reader, String path) {
        Http.Download download = reader.download(path);
        assertThat(download.status()).as(path).isEqualTo(200);
        return download.body();
    }

    /** The hits of a search, in order, by type, id and address; waits while the node's first index is built. */
    static List<String> hits(int port, String query) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        Http.Response response = new Http(port).get("/api/v1/search?q=" + query.replace(" ", "+"));
        while (response.status() == 503 && System.nanoTime() < deadline) {
            sleep();
            response = new Http(port).get("/api/v1/search?q=" + query.replace(" ", "+"));
        }
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> hits = new ArrayList<>();
        for (JsonNode result : JSON.readTree(response.body()).get("results")) {
            hits.add(result.get("type").asString() + " " + result.get("id").asString() + " " + result.get("url").asString());
        }
        return hits;
    }

    static void awaitHits(int port, String query, int expected) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        List<String> hits = hits(port, query);
        while (hits.size() != expected && System.nanoTime() < deadline) {
            sleep();
            hits = hits(port, query);
        }
        assertThat(hits).as("hits for " + query).hasSize(expected);
    }

    private static String upload(Http admin, byte[] image) {
        String csrf = admin.csrf("/admin/media");
        Http.Response uploaded = admin.upload("/admin/media", "file", "backup.png", image,
                Map.of("_csrf", csrf, "altText", "A picture kept in the backup"));
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        return uploaded.location().replaceAll(".*/admin/media/([0-9a-f]{32}).*", "$1");
    }

    static void publish(Http admin, String title, String body) {
        long id = admin.createArticle("NEWS", title, body);
        Http.Response published = admin.post("/admin/content/" + id + "/publish",
                Map.of("_csrf", admin.csrf("/admin/content/" + id)));
        assertThat(published.status()).as(published.mainText()).isEqualTo(302);
    }

    /** The node's index as it is on disk now, as a data folder kept across a restore would hold it. */
    private static void copySearchIndex(Path from, Path to) throws IOException {
        Path source = from.resolve("search");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = to.resolve("search").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zb");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
