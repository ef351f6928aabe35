package org.herald.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.herald.accounts.Actor;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestUsers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Datasets as editors, readers and API clients meet them, over real HTTP where a person would: an
 * editor uploads a semicolon file with decimal commas and countries named in French, Russian and
 * Arabic, maps its columns and stores it; a second upload is version 2 and version 1 stays
 * downloadable; the dataset's page carries JSON-LD that parses; the CSV export escapes what a
 * spreadsheet would run; every bad file is refused with its lines and stores nothing, unless the
 * editor skips the refused rows; the API filters; an author may not upload. Run on H2 and PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class DatasetsContract {

    private static final Actor SYSTEM = Actor.system("datasets-test");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired UploadDataset upload;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anEditorUploadsMapsAndStoresVersionsThatReadersCiteAndDownload() throws Exception {
        String slug = "returns-" + UUID.randomUUID().toString().substring(0, 6);
        Http editor = new TestUsers(jdbc, passwords).signedIn(port, "EDITOR");
        String file = "Pays;Année;Indicateur;Valeur\n"
                + "Biélorussie;2019;=HYPERLINK(\"http://evil.example\");1 234,5\n"
                + "Россия;2020;=HYPERLINK(\"http://evil.example\");2,25\n"
                + "أوكرانيا;2020;=HYPERLINK(\"http://evil.example\");17\n"
                + "KAZ;2021-06-30;=HYPERLINK(\"http://evil.example\");1.000,5\n";
        Response uploaded = editor.upload("/admin/datasets/uploads", "file", "returns.csv",
                file.getBytes(StandardCharsets.UTF_8), Map.of("_csrf", editor.csrf("/admin/datasets"), "dataset", ""));
        assertThat(uploaded.status()).isEqualTo(302);
        Document mapping = editor.follow(uploaded).document();
        assertThat(mapping.select("#detected").text()).contains("UTF-8").contains(";").contains("4");
        assertThat(mapping.select("#column-country option[selected]").text()).isEqualTo("Pays");
        assertThat(mapping.select("#column-value option[selected]").text()).isEqualTo("Valeur");
        String action = mapping.select("form.editor").attr("action");
        Map<String, Object> form = new java.util.HashMap<>(Map.of("_csrf", mapping.select("input[name=_csrf]").val(),
                "column-country", "0", "column-year", "1", "column-indicator", "2", "column-value", "3"));
        form.putAll(Map.of("slug", slug, "title-en", "@Returns by country", "title-fr", "Retours par pays",
                "source", "Herald test", "licence", "CC BY 4.0", "unit", "people"));
        form.put("counts", "on");
        Response stored = editor.post(action, form);
        assertThat(stored.status()).as(stored.body()).isEqualTo(302);

        Document page = http.get("/fr/data/datasets/" + slug).document();
        assertThat(page.select("h1").text()).isEqualTo("Retours par pays");
        assertThat(page.select(".dataset-values tbody tr")).hasSize(4);
        assertThat(page.select(".dataset-values td").eachText().stream().map(cell -> cell.replaceAll("[\u00A0\u202F]", " ")))
                .contains("1 234,5", "2,25", "1 000,5");
        JsonNode ld = JSON.readTree(page.select("article script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("Dataset");
        assertThat(ld.get("name").asString()).isEqualTo("Retours par pays");
        assertThat(ld.get("license").asString()).isEqualTo("CC BY 4.0");
        assertThat(ld.get("distribution").get(0).get("contentUrl").asString()).endsWith("/v1.csv");

        Response csv = http.get("/downloads/datasets/" + slug + "/v1.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(rows).hasSize(4);
        CSVRecord belarus = rows.get(0);
        assertThat(belarus.get("country_code")).isEqualTo("BY");
        assertThat(belarus.get("value")).isEqualTo("1234.5");
        assertThat(belarus.get("indicator_name")).startsWith("'=HYPERLINK");
        assertThat(belarus.get("citation")).contains("@Returns by country").contains("version 1");
        assertThat(belarus.get("licence")).isEqualTo("CC BY 4.0");
        assertThat(csv.body()).as("no cell starts a formula").doesNotContain("\"=").doesNotContain("\"@");

        String second = "country,year,indicator,value\nBY,2022,\"=HYPERLINK(\"\"http://evil.example\"\")\",99\n";
        upload.upload(SYSTEM, new DatasetUpload(details(slug, "@Returns by country"), "second.csv",
                second.getBytes(StandardCharsets.UTF_8), null, false, false));
        Document again = http.get("/en/data/datasets/" + slug).document();
        assertThat(again.select(".versions tbody tr")).hasSize(2);
        assertThat(http.get("/downloads/datasets/" + slug + "/v1.csv").body().lines().count()).isEqualTo(5);
        assertThat(http.get("/downloads/datasets/" + slug + "/v2.csv").body().lines().count()).isEqualTo(2);
        JsonNode json = JSON.readTree(http.get("/downloads/datasets/" + slug + "/v1.json").body());
        assertThat(json.get("values")).hasSize(4);
        assertThat(json.get("sources").get(0).get("citation").asString()).contains("version 1");
        assertThat(json.get("sources").get(0).get("licence").asString()).isEqualTo("CC BY 4.0");
        assertThat(http.get("/downloads/datasets/" + slug + "/v3.csv").status()).isEqualTo(404);

        Response belarusResponse = http.get("/en/countries/by");
        Document belarusPage = belarusResponse.document();
        assertThat(belarusPage.select("section.in-figures h2").text()).as(belarusResponse.status() + " "
                + belarusPage.select("main").text()).isEqualTo("Migration in figures");
        assertThat(belarusPage.select(".latest-values tbody tr").eachText())
                .anyMatch(row -> row.contains("99") && row.contains("2022") && row.contains("@Returns by country"));
        assertThat(belarusPage.select("section.in-figures .figures a").eachAttr("href"))
                .contains(FiguresContract.RELEASE);
    }

    @Test
    void everyBadFileIsRefusedWithItsLinesAndStoresNothingUnlessRefusedRowsAreSkipped() {
        int before = count();
        String header = "country,year,value\n";
        assertRefused(header + "BY,2020,10\nAtlantis,2020,5\n", "datasets.problem.country", 3);
        assertRefused(header + "BY,2020,10\nBY,2020,11\n", "datasets.problem.duplicate", 3);
        assertRefused(header + "BY,2020,ten\n", "datasets.problem.number", 2);
        assertRefused(header + "BY,2020,-4\n", "datasets.problem.negative", 2);
        assertRefused(header + "BY,2020,10\nUA;2020;12\n", "datasets.problem.mixed-delimiters", 3);
        assertRefused(header + "BY,twenty,10\n", "datasets.problem.year", 2);
        byte[] latin1 = (header + "BY,2020,1\nCôte d'Ivoire,2020,2\n").getBytes(Charset.forName("windows-1252"));
        assertRefused(latin1, "datasets.problem.encoding", 3);
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0}, "datasets.problem.zip", 0);
        assertThat(count()).as("nothing stored").isEqualTo(before);
        assertThatThrownBy(() -> CsvTable.read(new byte[2048], 1024, false)).isInstanceOf(DatasetRefused.class)
                .extracting(e -> ((DatasetRefused) e).problems().get(0).messageKey())
                .isEqualTo("datasets.problem.too-large");

        // The same windows-1252 file, said to be one by the editor, is read.
        String slug = "latin-" + UUID.randomUUID().toString().substring(0, 6);
        upload.upload(SYSTEM, new DatasetUpload(details(slug, "Latin"), "latin.csv", latin1, null, true, false));
        assertThat(http.get("/downloads/datasets/" + slug + "/v1.csv").body()).contains("\"CI\",\"Côte d’Ivoire\"");

        String skipped = "skip-" + UUID.randomUUID().toString().substring(0, 6);
        UploadDataset.Stored stored = upload.upload(SYSTEM, new DatasetUpload(details(skipped, "Skipped"), "s.csv",
                (header + "BY,2020,10\nAtlantis,2020,5\nUA,2020,x\nUA,2021,7\n").getBytes(StandardCharsets.UTF_8),
                null, false, true));
        assertThat(stored.values()).isEqualTo(2);
        assertThat(stored.skippedRows()).isEqualTo(2);

        Http editor = new TestUsers(jdbc, passwords).signedIn(port, "EDITOR");
        Response refused = editor.upload("/admin/datasets/uploads", "file", "data.zip", new byte[] {'P', 'K', 3, 4},
                Map.of("_csrf", editor.csrf("/admin/datasets")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#problems").text()).contains("zip");
        Http author = new TestUsers(jdbc, passwords).signedIn(port, "AUTHOR");
        assertThat(author.get("/admin/datasets").status()).isEqualTo(403);
    }

    @Test
    void theDemonstrationDatasetIsLoadedAndTheApiFiltersIt() throws Exception {
        Document list = http.get("/en/data/datasets").document();
        assertThat(list.select(".dataset-list li").text()).contains("International migrant stock (demonstration)")
                .contains("Demonstration data");
        Document arabic = http.get("/ar/data/datasets/international-migrant-stock-demo").document();
        assertThat(arabic.select(".notice.demonstration")).hasSize(1);
        assertThat(arabic.select(".dataset-values tbody tr")).hasSize(200);

        JsonNode indicators = JSON.readTree(http.get("/api/v1/indicators?country=by&year=2020"
                + "&indicator=international-migrant-stock-demonstration").body());
        assertThat(indicators.get("values")).hasSize(1);
        assertThat(indicators.get("values").get(0).get("country").asString()).isEqualTo("BY");
        JsonNode datasets = JSON.readTree(http.get("/api/v1/datasets?country=by&year=2020").body());
        assertThat(datasets.get("datasets").valueStream().map(d -> d.get("slug").asString()))
                .contains("international-migrant-stock-demo");
        assertThat(JSON.readTree(http.get("/api/v1/datasets?country=aq").body()).get("datasets")).isEmpty();
        assertThat(http.get("/api/v1/indicators?indicator=nothing").status()).isEqualTo(400);

        Http.Download export = http.download("/downloads/indicators/international-migrant-stock-demonstration/values.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(new String(export.body(), StandardCharsets.UTF_8).lines().count()).isEqualTo(201);
        assertThat(http.get("/downloads/countries/ru/values.json").body()).contains("\"country\":\"RU\"");
        Document section = http.get("/en/data-and-research").document();
        assertThat(section.select(".data-section .dataset-list").text())
                .contains("International migrant stock (demonstration)");
    }

    private void assertRefused(String file, String key, long line) {
        assertRefused(file.getBytes(StandardCharsets.UTF_8), key, line);
    }

    private void assertRefused(byte[] file, String key, long line) {
        String slug = "bad-" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> upload.upload(SYSTEM, new DatasetUpload(details(slug, "Bad"), "bad.csv", file, null,
                false, false))).isInstanceOf(DatasetRefused.class).satisfies(thrown -> {
                    RowProblem problem = ((DatasetRefused) thrown).problems().get(0);
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.line()).isEqualTo(line);
                });
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM dataset_version").query(Integer.class).single();
    }

    private static DatasetDetails details(String slug, String title) {
        Map<Language, DatasetDetails.Text> texts = new EnumMap<>(Language.class);
        texts.put(Language.EN, new DatasetDetails.Text(title, null));
        return new DatasetDetails(slug, texts, "Herald test", "CC BY 4.0", null, null, "people", null, true, false);
    }
}
