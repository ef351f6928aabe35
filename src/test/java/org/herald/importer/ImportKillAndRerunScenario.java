package org.herald.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;


/**
 * The scenario: the packaged jar importing a folder as an operator would, killed half-way (SIGKILL, no
 * orderly shutdown) and run again: the second run completes the archive, and the database
 * holds each item exactly once, each with its import record, its revision and its public
 * version: no duplicate and no half item.
 */
abstract class ImportKillAndRerunScenario {

    private static final int ITEMS = 400;
    static final int REPORTED_BEFORE_KILL = 40;

    interface Connect {
        Connection open() throws SQLException;
    }

    void killAndRerun(Path dir, Path data, Map<String, String> env, Connect connect, int minimumKept)
            throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        for (int i = 0; i < ITEMS; i++) {
            Files.writeString(archive.resolve(String.format("%04d.txt", i)), item(i));
        }
        Process first = start(data, archive, env);
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            while (seen < REPORTED_BEFORE_KILL && out.readLine() != null) {
                seen++;
            }
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(seen).as("items reported before the kill").isEqualTo(REPORTED_BEFORE_KILL);

        Process second = start(data, archive, env);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as("the rerun's exit status; its failed items: %s; its warnings: %s",
                lines.stream().filter(l -> l.contains("\"status\":\"failed\"")).toList(),
                Files.readAllLines(data.resolve("import.log")).stream()
                        .filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.startsWith("Caused by")).toList())
                .isZero();
        assertThat(lines).hasSize(ITEMS);
        assertThat(lines).filteredOn(l -> l.contains("\"status\":\"skipped\"")).hasSizeGreaterThanOrEqualTo(minimumKept);
        assertThat(lines).allSatisfy(l -> assertThat(l).containsAnyOf("\"status\":\"skipped\"", "\"status\":\"imported\""));

        try (Connection db = connect.open()) {
            assertThat(count(db, "SELECT COUNT(*) FROM import_source")).isEqualTo(ITEMS);
            assertThat(count(db, "SELECT COUNT(DISTINCT content_id) FROM import_source")).isEqualTo(ITEMS);
            assertThat(count(db, "SELECT COUNT(*) FROM content_item WHERE title LIKE 'Archive item %'"))
                    .as("no item stored twice, none without its import record").isEqualTo(ITEMS);
            assertThat(count(db, """
                    SELECT COUNT(*) FROM content_item i WHERE i.title LIKE 'Archive item %'
                    AND EXISTS (SELECT 1 FROM revision r WHERE r.item_id = i.id)
                    AND EXISTS (SELECT 1 FROM published_item p WHERE p.item_id = i.id)
                    """)).as("every item whole: revision and public version").isEqualTo(ITEMS);
            assertThat(count(db, "SELECT COUNT(*) FROM contact_channel WHERE channel_value = 'press@example.org'"))
                    .as("the shared contact once").isEqualTo(1);
        }
    }

    private static String item(int i) {
        return """
                -
                Who we are
                Who we are
                - Where we work
                Archive item %d on labour migration
                Posted: %d May 2015
                GENEVA – IOM today published note number %d on labour migration in Kazakhstan.
                Kazakhstan hosts an estimated 3.6 million migrants.
                For more information please contact:
                Press Office, IOM Geneva, Tel: +41 22 717 9111, Email: press@example.org
                """.formatted(i, 1 + i % 28, i);
    }

    private static Process start(Path data, Path archive, Map<String, String> env) throws IOException {
        File jar = new File("target/herald.jar");
        assertThat(jar).as("the packaged jar (built by mvn package before the integration tests)").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.getAbsolutePath(), "import", archive.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.appendTo(data.resolve("import.log").toFile()));
        builder.environment().put("HERALD_DATA_DIR", data.toString());
        builder.environment().put("HERALD_ADMIN_PASSWORD", "a-long-test-password");
        builder.environment().remove("HERALD_DB_URL");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
