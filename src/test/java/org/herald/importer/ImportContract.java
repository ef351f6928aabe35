package org.herald.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.herald.accounts.Actor;
import org.herald.accounts.Role;
import org.herald.content.ContentDraft;
import org.herald.content.EditorialContent;
import org.herald.content.PublishContent;
import org.herald.importer.recover.ImportRecord;
import org.herald.people.Directory;
import org.herald.people.NewContact;
import org.herald.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of legacy archives, on a real database: every fixture gives its expected JSON
 * (written by the team, field by field), a re-import skips or updates and never duplicates, a
 * dry run reports what the import would do without storing anything, what is stored is linked
 * as the report says, and bad input fails alone.
 */
@TestPropertySource(properties = ImportContract.CONTEXT)
abstract class ImportContract {

    /** A context, and so a database, of the import's own: its imported items stay out of other tests' pages. */
    static final String CONTEXT = "herald.test.context=import";


    static final Path FIXTURES = Path.of("src/test/resources/import/fixtures");
    private static final Path EXPECTED = Path.of("src/test/resources/import/expected");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of("source", "status", "kind", "language", "title", "date",
            "dateline", "countries", "organizations", "contacts", "figures", "themes", "warnings", "error");

    @Autowired Importer importer;
    @Autowired JdbcClient jdbc;
    @Autowired EditorialContent editorial;
    @Autowired PublishContent publish;
    @Autowired Directory directory;
    @Autowired TransactionTemplate transaction;
    @LocalServerPort int port;

    @Test
    void everyFixtureGivesExactlyItsExpectedJson() throws IOException {
        Map<String, List<JsonNode>> actual = new LinkedHashMap<>();
        importer.run(List.of(FIXTURES), false, null, record -> {
            JsonNode node = JSON.readTree(JSON.writeValueAsString(record));
            assertThat(fieldNames(node)).as("the fields of " + record.source()).isEqualTo(FIELDS);
            actual.computeIfAbsent(fixtureOf(record.source()), k -> new ArrayList<>()).add(node);
        });
        List<String> expectedFiles;
        try (Stream<Path> files = Files.list(EXPECTED)) {
            expectedFiles = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(expectedFiles).hasSizeGreaterThanOrEqualTo(25);
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expectedFiles);
        for (String file : expectedFiles) {
            JsonNode expected = JSON.readTree(Files.readString(EXPECTED.resolve(file)));
            assertThat(JSON.valueToTree(actual.get(file)).toString()).as(file).isEqualTo(expected.toString());
        }
    }

    @Test
    void aReimportSkipsTheSameItemsUpdatesChangedOnesAndNeverDuplicates(@TempDir Path folder) throws IOException {
        Path archive = Files.createDirectories(folder.resolve("archive-" + System.nanoTime()));
        // Files found by path: a WXR guid or a JSON Lines id would name the same item wherever it is.
        for (String name : List.of("03-crawled-dateline-minsk.txt", "22-html-drupal-layout.html",
                "24-html-broken-markup.html", "20-empty.txt")) {
            Files.copy(FIXTURES.resolve(name), archive.resolve(name));
        }
        int itemsBefore = count("SELECT COUNT(*) FROM content_item");
        List<ImportRecord> preview = dryRun(archive);
        assertThat(count("SELECT COUNT(*) FROM content_item")).isEqualTo(itemsBefore);
        List<ImportRecord> first = run(archive);
        assertThat(first).extracting(ImportRecord::status).containsOnly("imported", "review", "failed");
        assertThat(preview).as("a dry run reports what the import does").isEqualTo(first);
        int itemsAfterFirst = count("SELECT COUNT(*) FROM content_item");
        assertThat(itemsAfterFirst - itemsBefore).isEqualTo(first.stream().filter(r -> !r.status().equals("failed")).count());

        assertThat(dryRun(archive)).extracting(ImportRecord::status).containsOnly("skipped", "failed");
        List<ImportRecord> second = run(archive);
        assertThat(second).extracting(ImportRecord::status).containsOnly("skipped", "failed");
        assertThat(count("SELECT COUNT(*) FROM content_item")).isEqualTo(itemsAfterFirst);

        Path changed = archive.resolve("03-crawled-dateline-minsk.txt");
        Files.writeString(changed, Files.readString(changed).replace("today opened", "today formally opened"));
        List<ImportRecord> changedPreview = dryRun(archive);
        List<ImportRecord> third = run(archive);
        assertThat(changedPreview).extracting(ImportRecord::status)
                .isEqualTo(third.stream().map(ImportRecord::status).toList());
        assertThat(third).filteredOn(r -> r.source().endsWith("03-crawled-dateline-minsk.txt"))
                .extracting(ImportRecord::status).containsExactly("updated");
        assertThat(count("SELECT COUNT(*) FROM content_item")).isEqualTo(itemsAfterFirst);
        assertThat(storedBodies(archive.getFileName() + "/03-crawled-dateline-minsk.txt"))
                .singleElement().asString().contains("today formally opened");
    }

    @Test
    void anItemGivenTwiceInOneRunIsStoredOnceAndItsLaterVersionKept(@TempDir Path folder) throws IOException {
        String id = "twice-" + System.nanoTime();
        String first = exportLine(id, "ASHGABAT – IOM opened its new office in Ashgabat today.");
        String changed = exportLine(id, "ASHGABAT – IOM formally opened its new office in Ashgabat today.");
        String other = exportLine(id + "-other", "ASHGABAT – IOM trained border officials in Ashgabat today.");
        Path export = folder.resolve("export.jsonl");
        Files.write(export, List.of(first, first, other, changed, changed));
        int itemsBefore = count("SELECT COUNT(*) FROM content_item");
        List<String> expected = List.of("imported", "skipped", "imported", "updated", "skipped");

        assertThat(dryRun(export)).extracting(ImportRecord::status).isEqualTo(expected);
        assertThat(run(export)).extracting(ImportRecord::status).isEqualTo(expected);
        assertThat(count("SELECT COUNT(*) FROM content_item") - itemsBefore).isEqualTo(2);
        assertThat(storedBodies(export + "#" + id)).singleElement().asString().contains("formally opened");
    }

    @Test
    void theSameFolderGivenTwiceStoresEachItemOnce(@TempDir Path folder) throws IOException {
        Path archive = Files.createDirectories(folder.resolve("twice-" + System.nanoTime()));
        List<String> names = List.of("02-crawled-posted-drupal.txt", "03-crawled-dateline-minsk.txt",
                "05-crawled-date-alone-compact-contact.txt", "07-crawled-several-contacts-one-line-each.txt",
                "10-crawled-french.txt", "22-html-drupal-layout.html");
        for (String name : names) {
            Files.copy(FIXTURES.resolve(name), archive.resolve(name));
        }
        int itemsBefore = count("SELECT COUNT(*) FROM content_item");

        List<ImportRecord> records = run(archive, archive);
        // The workers store the two copies of a file at the same time; whichever comes second finds the first.
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        records.forEach(r -> statuses.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r.status()));
        assertThat(statuses).hasSize(names.size()).allSatisfy((source, seen) ->
                assertThat(seen).as(source).hasSize(2).contains("skipped").containsAnyOf("imported", "review"));
        assertThat(count("SELECT COUNT(*) FROM content_item") - itemsBefore).isEqualTo(names.size());
    }

    /** A line of Herald's JSON Lines export: a dated news item with the given body. */
    private static String exportLine(String id, String body) {
        return exportLine(id, "en", body);
    }

    private static String exportLine(String id, String language, String body) {
        return JSON.createObjectNode().put("id", id).put("title", "IOM Office in Ashgabat " + id).put("kind", "news")
                .put("language", language).put("date", "2021-06-01").put("body", body).toString();
    }

    @Test
    void twoImportsAddingTheSameNewPersonAtOnceAddThemOnce() throws Exception {
        String name = "Person " + Long.toString(System.nanoTime(), 36);
        NewContact person = new NewContact(name, null, "IOM Chisinau", "Chisinau", "MD",
                List.of(), List.of(name.replace(' ', '.').toLowerCase(Locale.ROOT) + "@iom.int"));
        // A new office racing fails on its unique name and the import's second try finds it; the person is what is locked.
        directory.findOrCreateOffice("IOM Chisinau", "Chisinau", "MD");
        CountDownLatch firstAdded = new CountDownLatch(1);
        CountDownLatch firstCommits = new CountDownLatch(1);
        ExecutorService imports = Executors.newFixedThreadPool(2);
        try {
            // Each thread stands for an import process of its own: its own transaction, no lock in common in Java.
            Future<Long> first = imports.submit(() -> transaction.execute(status -> {
                long id = directory.findOrCreate(person);
                firstAdded.countDown();
                awaitQuietly(firstCommits);
                return id;
            }));
            assertThat(firstAdded.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = imports.submit(() -> transaction.execute(status -> directory.findOrCreate(person)));
            Thread.sleep(500);
            assertThat(second.isDone()).as("the second waits for the first's transaction").isFalse();
            firstCommits.countDown();
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(first.get(30, TimeUnit.SECONDS));
        } finally {
            imports.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact WHERE name = :name").param("name", name)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theSeedImportedAgainReusesItsContactStoresItsFiguresAndKeepsItsDateUnknown(@TempDir Path folder)
            throws IOException {
        Path copy = Files.createDirectories(folder.resolve("seed-" + System.nanoTime()));
        Files.copy(FIXTURES.resolve("01-seed.txt"), copy.resolve("seed.txt"));
        ImportRecord record = run(copy).get(0);
        assertThat(record.status()).isEqualTo("review");

        assertThat(count("SELECT COUNT(*) FROM contact_channel WHERE channel_value = 'gdesyatova@iom.org.by'"))
                .as("the contact the seed loaded is matched, not added again").isEqualTo(1);
        long id = jdbc.sql("SELECT content_id FROM import_source WHERE source_name = :name")
                .param("name", record.source()).query(Long.class).single();
        Map<String, Object> item = jdbc.sql("SELECT release_date, date_from_publication, status FROM content_item WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(item.get("release_date")).isNull();
        assertThat(item.get("date_from_publication")).isEqualTo(false);
        assertThat(String.valueOf(item.get("status"))).as("an item to review is not published").isEqualToIgnoringCase("draft");
        assertThat(jdbc.sql("SELECT country_code, figure_value FROM figure WHERE source_content_id = :id ORDER BY id")
                .param("id", id).query((rs, n) -> rs.getString(1).trim() + "=" + rs.getBigDecimal(2).toBigInteger()).list())
                .containsExactly("RU=12000000", "UA=6800000", "KZ=2500000", "BY=1200000");
        ContentDraft draft = editorial.get(id).draft();
        assertThat(draft.organizations()).containsExactly("cis");
        assertThat(draft.themes()).containsExactly("counter-trafficking", "migration-management", "regional-cooperation");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_contact WHERE item_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void figuresShowOnTheirCountryPageOnceTheirArticleIsPublished(@TempDir Path folder) throws IOException {
        Path copy = Files.createDirectories(folder.resolve("figures-" + System.nanoTime()));
        Files.copy(FIXTURES.resolve("01-seed.txt"), copy.resolve("release.txt"));
        ImportRecord record = run(copy).get(0);
        long id = jdbc.sql("SELECT content_id FROM import_source WHERE source_name = :name")
                .param("name", record.source()).query(Long.class).single();
        String slug = jdbc.sql("SELECT slug FROM content_item WHERE id = :id").param("id", id)
                .query(String.class).single();
        Http reader = new Http(port);
        assertThat(figureSources(reader)).as("an item in review shows no figure").noneMatch(href -> href.endsWith(
                "/" + slug));

        publish.publish(new Actor(null, "figures-editor", Role.EDITOR, "127.0.0.1"), id);
        var figure = reader.get("/en/countries/ru").document().select("section.figures li").stream()
                .filter(li -> li.select("a").attr("href").endsWith("/" + slug)).findFirst().orElseThrow();
        assertThat(figure.select("strong").text()).isEqualTo("12 million");
        assertThat(figure.select("q").text()).contains("12 million");
        assertThat(figure.select("a").attr("href")).isEqualTo("/en/news/" + slug);
        assertThat(reader.get("/ru/countries/ru").document().select("section.figures li strong").eachText())
                .as("the value in the reader's language").contains("12 миллионов");
    }

    @Test
    void aNationalityInFrenchSpanishRussianArabicOrChineseCountsItsEnglishPlural(@TempDir Path folder) throws IOException {
        Path export = folder.resolve("nationalities-" + System.nanoTime() + ".jsonl");
        Files.writeString(export, String.join("\n",
                exportLine("moldaves", "fr", "Quelque 700 000 Moldaves vivent à l'étranger, selon le gouvernement."),
                exportLine("moldavos", "es", "Unos 700.000 moldavos trabajan en el extranjero, según el gobierno."),
                exportLine("молдаван", "ru", "За рубежом работают около 700 тыс. молдаван, сообщает правительство."),
                exportLine("سوري", "ar", "يستضيف الأردن نحو 1.3 مليون سوري، بحسب الحكومة."),
                exportLine("叙利亚人", "zh", "约旦收容了约130万叙利亚人。约旦还收容了约6万名伊拉克难民。")));
        assertThat(dryRun(export)).flatExtracting(ImportRecord::figures)
                .extracting(f -> f.country() + " " + f.value().toPlainString() + " " + f.unit())
                .containsExactly("MD 700000 Moldovans", "MD 700000 Moldovans", "MD 700000 Moldovans",
                        "JO 1300000 Syrians", "JO 1300000 Syrians", "JO 60000 Iraqi refugees");
    }

    private static List<String> figureSources(Http reader) {
        return reader.get("/en/countries/ru").document().select("section.figures a").eachAttr("href");
    }

    @Test
    void badInputFailsWithItsReasonAndTheRestOfTheBatchIsImported(@TempDir Path folder) throws IOException {
        Path zip = folder.resolve("archive.zip");
        byte[] good = Files.readAllBytes(FIXTURES.resolve("05-crawled-date-alone-compact-contact.txt"));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            add(out, "../../etc/evil.txt", good);
            add(out, "news/" + System.nanoTime() + ".txt", good);
            add(out, "bomb.txt", new byte[30 << 20]);
            add(out, "empty.txt", new byte[0]);
        }
        Path big = folder.resolve("big.txt");
        byte[] large = new byte[11 << 20];
        Arrays.fill(large, (byte) 'a');
        Files.write(big, large);
        Path broken = folder.resolve("truncated.zip");
        Files.write(broken, Arrays.copyOf(Files.readAllBytes(zip), 200));

        List<ImportRecord> records = run(zip, big, broken);
        Map<String, String> outcome = new LinkedHashMap<>();
        records.forEach(r -> outcome.put(r.source().substring(folder.toString().length() + 1),
                r.status() + (r.error() == null ? "" : ": " + r.error())));
        assertThat(outcome).hasSize(6);
        Iterator<String> values = outcome.values().iterator();
        assertThat(values.next()).isEqualTo("failed: zip slip: the entry's path leaves the archive's folder");
        assertThat(values.next()).isEqualTo("imported");
        assertThat(values.next()).startsWith("failed: ").contains("over the size limit");
        assertThat(values.next()).isEqualTo("failed: empty file");
        assertThat(values.next()).startsWith("failed: over the size limit");
        assertThat(values.next()).startsWith("failed: not a readable zip");
    }

    @Test
    void aZipBombOfSmallEntriesStopsAtTheArchiveLimit(@TempDir Path folder) throws IOException {
        Path zip = folder.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < 8; i++) {
                add(out, "part" + i + ".txt", new byte[5 << 20]);
            }
        }
        List<ImportRecord> records = run(zip);
        assertThat(records).allSatisfy(r -> assertThat(r.status()).isEqualTo("failed"));
        assertThat(records).extracting(ImportRecord::error).allSatisfy(error -> assertThat(error).startsWith("zip bomb"));
    }

    /**
     * Pages each just under the megabyte above which a single file's compression is checked, but
     * compressed a thousand to one in all: refused in one line before any is read (they would have
     * held the workers for seconds each), while a normal zip of the same run is imported.
     */
    @Test
    void smallFilesCompressedTooMuchInAllAreRefusedWithOneLineAndNothingOfThemStored(@TempDir Path folder)
            throws IOException {
        Path bomb = zip(folder.resolve("small-bombs.zip"), 8, justUnderAMegabyte());
        Path fine = folder.resolve("fine.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(fine))) {
            add(out, "news/" + System.nanoTime() + ".txt",
                    Files.readAllBytes(FIXTURES.resolve("05-crawled-date-alone-compact-contact.txt")));
        }
        List<ImportRecord> records = run(bomb, fine);
        assertThat(records).extracting(r -> r.status() + ": " + r.error()).containsExactly(
                "failed: zip bomb: the archive's files are compressed more than 200 to 1 in all; none of it is read",
                "imported: null");
        assertThat(records.get(0).source()).isEqualTo(bomb.toString());
        assertThat(storedFrom(bomb)).isZero();
        assertThat(storedFrom(fine)).isOne();
    }

    /** Zips over the default limits of a whole archive: 100,001 files; 1,025 files of just under a megabyte each. */
    @Test
    void zipsWithTooManyFilesOrTooLargeInAllAreRefusedWithOneLineAndNothingOfThemStored(@TempDir Path folder)
            throws IOException {
        Path many = zip(folder.resolve("many.zip"), 100_001, "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path large = zip(folder.resolve("large.zip"), 1_025, justUnderAMegabyte());
        List<ImportRecord> records = run(many, large);
        assertThat(records).extracting(r -> r.source() + " " + r.status() + ": " + r.error()).containsExactly(
                many + " failed: too many files: the archive holds 100001, more than the limit of 100000;"
                        + " none of it is read",
                large + " failed: zip bomb: the archive's files expand to 1074789375 bytes, more than the limit of"
                        + " 1073741824; none of it is read");
        assertThat(storedFrom(many) + storedFrom(large)).isZero();
    }

    /** A zip of {@code files} copies of one file, compressed once and stored as often: quick to make, as a bomb is. */
    private static Path zip(Path zip, int files, byte[] each) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED, true))) {
            out.write(each);
        }
        CRC32 crc = new CRC32();
        crc.update(each);
        byte[] raw = compressed.toByteArray();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (int i = 0; i < files; i++) {
                ZipArchiveEntry entry = new ZipArchiveEntry("page" + i + ".txt");
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setSize(each.length);
                entry.setCompressedSize(raw.length);
                entry.setCrc(crc.getValue());
                out.addRawArchiveEntry(entry, new ByteArrayInputStream(raw));
            }
        }
        return zip;
    }

    private static byte[] justUnderAMegabyte() {
        byte[] page = new byte[(1 << 20) - 1];
        Arrays.fill(page, (byte) 'a');
        return page;
    }

    /** How many items the import keeps a record of from this archive. */
    private int storedFrom(Path zip) {
        return jdbc.sql("SELECT COUNT(*) FROM import_source WHERE source_name LIKE :zip")
                .param("zip", zip + "!/%").query(Integer.class).single();
    }

    private List<ImportRecord> run(Path... paths) {
        return run(false, paths);
    }

    private List<ImportRecord> dryRun(Path... paths) {
        return run(true, paths);
    }

    private List<ImportRecord> run(boolean dryRun, Path... paths) {
        List<ImportRecord> records = new ArrayList<>();
        importer.run(List.of(paths), dryRun, null, records::add);
        return records;
    }

    /** The bodies of the items stored from the given source: one, when nothing was duplicated. */
    private List<String> storedBodies(String sourceName) {
        return jdbc.sql("""
                SELECT i.body_markdown FROM content_item i JOIN import_source s ON s.content_id = i.id
                WHERE s.source_name = :name
                """).param("name", sourceName).query(String.class).list();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static void add(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static String fixtureOf(String source) {
        String file = source.substring(source.indexOf('/') + 1).split("#")[0];
        return file.substring(0, file.lastIndexOf('.')) + ".json";
    }
}
