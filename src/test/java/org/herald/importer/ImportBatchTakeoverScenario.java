package org.herald.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.herald.support.HeraldProcess;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A back-office import batch outlives the node running it: the node is killed (SIGKILL) part-way
 * through, another node (or the same one started again) takes the batch over once its lease runs
 * out, and the batch ends with every item stored once, whole, and counted once.
 */
abstract class ImportBatchTakeoverScenario {

    static final String PASSWORD = "import-takeover-test-password-42";
    static final Duration START = Duration.ofMinutes(4);
    static final int DATED = 600;
    static final int UNDATED = 150;
    private static final String DATED_TITLE = "Belarus and IOM Open Migrant Resource Centre";
    private static final String UNDATED_TITLE = "A New Life in Tajikistan";
    private static final Path FIXTURES = Path.of("src/test/resources/import/fixtures");
    private static final int KILL_AFTER = 60;

    /** Settings that make a silent node lose its batch within seconds, not a minute. */
    static Map<String, String> quickTakeover(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("HERALD_ADMIN_PASSWORD", PASSWORD);
        all.put("HERALD_IMPORT_BATCH_CHECK", "1s");
        all.put("HERALD_IMPORT_BATCH_LEASE", "3s");
        return all;
    }

    /** Uploads the archive to {@code node} and kills the node once some of its items are counted; returns the batch's path. */
    static String uploadAndKillPartWay(HeraldProcess node) throws Exception {
        Http admin = node.signInAsAdmin(PASSWORD);
        String csrf = admin.csrf("/admin/import");
        Response uploaded = admin.upload("/admin/import", "file", "archive.zip", archive(),
                Map.of("_csrf", csrf));
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String batch = uploaded.location().replaceAll("^https?://[^/]+", "");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (counted(admin.get(batch).document()) < KILL_AFTER) {
            assertThat(System.nanoTime()).as("items counted before the kill").isLessThan(deadline);
            Thread.sleep(50);
        }
        node.kill();
        return batch;
    }

    /** Waits on {@code node} for the batch to end and checks what its page shows. */
    static void awaitTakenOverAndDone(HeraldProcess node, String batch) throws InterruptedException {
        Http admin = node.signInAsAdmin(PASSWORD);
        Response page = admin.get(batch);
        for (int i = 0; i < 600 && page.header("Refresh") != null; i++) {
            Thread.sleep(200);
            page = admin.get(batch);
        }
        Document done = page.document();
        assertThat(done.select("#batch-state").text()).as(done.text()).isEqualTo("Done");
        assertThat(done.select("#batch-attempt").text()).contains("attempt 2");
        assertThat(done.select("#count-done").text()).isEqualTo(String.valueOf(DATED));
        assertThat(done.select("#count-review").text()).isEqualTo(String.valueOf(UNDATED));
        assertThat(done.select("#count-failed").text()).isEqualTo("0");
    }

    /** Every item of the batch stored once and whole; the batch ended by the node that took it over. */
    static void assertStoredOnceAndWhole(JdbcClient jdbc, String batchPath, String takenOverBy) {
        long id = Long.parseLong(batchPath.substring(batchPath.lastIndexOf('/') + 1));
        Map<String, Object> batch = jdbc.sql("SELECT state, attempts, run_by FROM import_batch WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(batch).containsEntry("state", "done").containsEntry("attempts", 2).containsEntry("run_by", takenOverBy);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM import_source WHERE batch_id = :id", id)).isEqualTo(DATED + UNDATED);
        assertThat(count(jdbc, """
                SELECT COUNT(DISTINCT c.id) FROM content_item c JOIN import_source s ON s.content_id = c.id
                WHERE s.batch_id = :id""", id)).isEqualTo(DATED + UNDATED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_item WHERE title IN (:titles)")
                .param("titles", java.util.List.of(DATED_TITLE, UNDATED_TITLE)).query(Integer.class).single())
                .as("items of the archive in the database, with or without their source row").isEqualTo(DATED + UNDATED);
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM published_item p JOIN import_source s ON s.content_id = p.item_id
                WHERE s.batch_id = :id""", id)).as("published: the dated items").isEqualTo(DATED);
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM import_source s WHERE s.batch_id = :id AND s.status = 'review'
                AND NOT EXISTS (SELECT 1 FROM revision r WHERE r.item_id = s.content_id)""", id))
                .as("items to review without their revision").isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM import_batch_archive WHERE batch_id = :id", id))
                .as("the archive is dropped when the batch ends").isZero();
    }

    private static int count(JdbcClient jdbc, String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    private static int counted(Document page) {
        return Integer.parseInt(page.select("#count-done").text()) + Integer.parseInt(page.select("#count-review").text());
    }

    /** Dated releases (published at once) and undated stories (to review), mixed. */
    private static byte[] archive() throws IOException {
        byte[] dated = Files.readAllBytes(FIXTURES.resolve("03-crawled-dateline-minsk.txt"));
        byte[] undated = Files.readAllBytes(FIXTURES.resolve("16-crawled-story-quotes.txt"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int stories = 0;
            for (int i = 0; i < DATED + UNDATED; i++) {
                boolean story = i % 5 == 4 && stories < UNDATED;
                stories += story ? 1 : 0;
                zip.putNextEntry(new ZipEntry(String.format("archive/%04d.txt", i)));
                zip.write(story ? undated : dated);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
