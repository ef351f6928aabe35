package org.herald.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
 * The import in the back office, over real HTTP and without JavaScript: a zip is uploaded, the
 * progress page refreshes itself until the batch is done, the item with a warning waits in the
 * review queue, and accepting it publishes it. Run on H2 and on PostgreSQL.
 */
// A context of the import's own, as ImportContract's: imported items stay out of other tests' pages.
@TestPropertySource(properties = "herald.test.context=import")
abstract class ImportBackOfficeContract {

    private static final Path FIXTURES = Path.of("src/test/resources/import/fixtures");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Http http;

    @BeforeEach
    void signIn() {
        http = new Http(port);
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
    }

    @Test
    void anUploadedZipIsImportedItsDoubtfulItemReviewedAndAcceptedAndPublished() throws Exception {
        String folder = "upload-" + System.nanoTime() + "/";
        byte[] zip = zip(Map.of(folder + "dated.txt", FIXTURES.resolve("03-crawled-dateline-minsk.txt"),
                folder + "undated.txt", FIXTURES.resolve("16-crawled-story-quotes.txt")));
        String csrf = http.csrf("/admin/import");
        Response uploaded = http.upload("/admin/import?_csrf=" + csrf, "file", "archive.zip", zip, Map.of("_csrf", csrf));
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String progressPath = uploaded.location().replaceAll("^https?://[^/]+", "");
        assertThat(progressPath).matches("/admin/import/\\d+");

        Response progress = http.get(progressPath);
        for (int i = 0; i < 120 && progress.header("Refresh") != null; i++) {
            Thread.sleep(500);
            progress = http.get(progressPath);
        }
        Document page = progress.document();
        assertThat(page.select("#count-done").text()).isEqualTo("1");
        assertThat(page.select("#count-review").text()).isEqualTo("1");
        assertThat(page.select("#count-failed").text()).isEqualTo("0");

        Document queue = http.get("/admin/import/review").document();
        var row = queue.select("#review-queue tbody tr").stream()
                .filter(tr -> tr.text().contains(folder + "undated.txt")).findFirst().orElseThrow();
        assertThat(row.text()).contains("A New Life in Tajikistan", "No date found");
        String action = row.select("form").attr("action");

        Response accepted = http.post(action, Map.of("_csrf", http.csrf("/admin/import/review")));
        assertThat(accepted.status()).isEqualTo(302);
        long id = Long.parseLong(action.replaceAll("\\D+(\\d+)\\D+", "$1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_item WHERE item_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(http.get("/admin/import/review").document().select("#review-queue").text())
                .doesNotContain(folder + "undated.txt");
        assertThat(http.post(action, Map.of("_csrf", http.csrf("/admin/import/review"))).status())
                .as("accepting twice finds nothing to accept").isEqualTo(404);
    }

    @Test
    void anUploadWithoutAFileIsRefusedWithAMessage() {
        String csrf = http.csrf("/admin/import");
        Response refused = http.upload("/admin/import?_csrf=" + csrf, "file", "empty.zip", new byte[0], Map.of("_csrf", csrf));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#upload-error").text()).isEqualTo("Choose a file to import.");
    }

    private static byte[] zip(Map<String, Path> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(Files.readAllBytes(entry.getValue()));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
