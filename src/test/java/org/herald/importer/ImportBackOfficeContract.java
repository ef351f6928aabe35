package org.herald.importer;

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
import org.herald.content.ContentDraft;
import org.herald.content.EditorialContent;
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
    @Autowired EditorialContent editorial;
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
        Response uploaded = http.upload("/admin/import", "file", "archive.zip", zip, Map.of("_csrf", csrf));
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String progressPath = uploaded.location().replaceAll("^https?://[^/]+", "");
        assertThat(progressPath).matches("/admin/import/\\d+");

        Document page = awaitEnd(progressPath);
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

        int items = count("content_item");
        String again = http.csrf("/admin/import");
        Response reuploaded = http.upload("/admin/import", "file", "archive.zip", zip, Map.of("_csrf", again));
        Document second = awaitEnd(reuploaded.location().replaceAll("^https?://[^/]+", ""));
        assertThat(second.select("#count-done").text()).as("the same archive uploaded again: both skipped").isEqualTo("2");
        assertThat(second.select("#count-review").text()).isEqualTo("0");
        assertThat(count("content_item")).as("nothing stored twice").isEqualTo(items);
    }

    /** The batch's page once the batch has ended (it refreshes itself while the batch runs). */
    private Document awaitEnd(String progressPath) throws InterruptedException {
        Response progress = http.get(progressPath);
        for (int i = 0; i < 120 && progress.header("Refresh") != null; i++) {
            Thread.sleep(500);
            progress = http.get(progressPath);
        }
        return progress.document();
    }

    @Test
    void theAdminExtendsWhatImportsRecognizeAndTheNextImportUsesIt() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        String organization = "Eurasian Observatory of " + unique;
        String theme = "remittances-" + unique;
        Document rules = http.get(RULES).document();
        assertThat(rules.select("#organizations td").eachText()).contains("Commonwealth of Independent States", "СНГ");
        assertThat(rules.select("#theme-rules td").eachText()).contains("counter-trafficking", "trafficking");

        assertThat(post(RULES + "/organizations", Map.of("acronym", "EOX", "name", organization)).status()).isEqualTo(302);
        Response unknown = post(RULES + "/themes", Map.of("theme", theme, "keyword", "remittanc"));
        assertThat(unknown.status()).as("a code that is no theme's yet").isEqualTo(400);
        assertThat(unknown.document().select("#theme-error").text()).startsWith("No theme has this code");
        assertThat(http.post("/admin/themes", Map.of("_csrf", http.csrf("/admin/themes"), "code", theme,
                "name-en", "Remittances " + unique)).status()).isEqualTo(302);
        assertThat(post(RULES + "/themes", Map.of("theme", theme, "keyword", "remittanc")).status()).isEqualTo(302);
        assertThat(http.get(RULES).document().select("#organizations td").eachText()).contains("EOX", organization);

        Path text = Files.createTempFile("rules", ".txt");
        Files.writeString(text, "Remittances keep families afloat\n\nGeneva, 3 March 2024 – The " + organization
                + " published its figures on remittances sent home by migrant workers this year.\n");
        String folder = "rules-" + unique + "/";
        String csrf = http.csrf("/admin/import");
        Response uploaded = http.upload("/admin/import", "file", "rules.zip",
                zip(Map.of(folder + "remittances.txt", text)), Map.of("_csrf", csrf));
        awaitEnd(uploaded.location().replaceAll("^https?://[^/]+", ""));
        long item = jdbc.sql("SELECT content_id FROM import_source WHERE source_name LIKE :key")
                .param("key", "%" + folder + "remittances.txt").query(Long.class).single();
        ContentDraft stored = editorial.get(item).draft();
        assertThat(stored.organizations()).contains("eox");
        assertThat(stored.themes()).contains(theme);
        Files.delete(text);

        var organizationRow = http.get(RULES).document().select("#organizations tr").stream()
                .filter(tr -> tr.text().contains(organization)).findFirst().orElseThrow();
        String remove = organizationRow.select("form").attr("action");
        assertThat(post(remove, Map.of()).status()).isEqualTo(302);
        assertThat(http.get(RULES).document().select("#organizations td").eachText()).doesNotContain(organization);
        assertThat(post(remove, Map.of()).status()).as("removing twice finds nothing").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'import-rules.%' AND detail LIKE :d")
                .param("d", "%" + unique + "%").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aBadRuleIsRefusedWithTheReasonAndNothingIsAdded() {
        int organizations = count("partner_name");
        int themes = count("theme_rule");
        Response taken = post(RULES + "/organizations", Map.of("acronym", "CIS", "name", "commonwealth of independent states"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.document().select("#organization-error").text()).isEqualTo("This name is already on the list.");
        assertThat(post(RULES + "/organizations", Map.of("acronym", " ", "name", "Someone")).status()).isEqualTo(400);
        assertThat(post(RULES + "/organizations", Map.of("acronym", "E.O.X.", "name", "Someone")).status())
                .as("an acronym items could not be tagged with").isEqualTo(400);
        Response badCode = post(RULES + "/themes", Map.of("theme", "Health & Care", "keyword", "clinic"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.document().select("#theme-error").text()).isNotBlank();
        Response tooShort = post(RULES + "/themes", Map.of("theme", "health", "keyword", "ab"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.document().select("#theme-error").text()).contains("at least 3 characters");
        assertThat(post(RULES + "/themes", Map.of("theme", "emergencies", "keyword", "Emergency")).status())
                .as("a keyword the theme has already").isEqualTo(400);
        assertThat(count("partner_name")).isEqualTo(organizations);
        assertThat(count("theme_rule")).isEqualTo(themes);
    }

    private static final String RULES = "/admin/import/rules";

    private Response post(String path, Map<String, String> form) {
        Map<String, String> withToken = new java.util.HashMap<>(form);
        withToken.put("_csrf", http.csrf(RULES));
        return http.post(path, withToken);
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Test
    void anUploadWithoutAFileIsRefusedWithAMessage() {
        String csrf = http.csrf("/admin/import");
        Response refused = http.upload("/admin/import", "file", "empty.zip", new byte[0], Map.of("_csrf", csrf));
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
