package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The {@code backup} command on a real H2 file database: a zip that restores to the same rows;
 * bad input refused with one line, status 2 and nothing written; on PostgreSQL, the
 * {@code pg_dump} and {@code pg_restore} commands instead.
 */
class BackupCommandTests {

    @TempDir Path dir;
    private SingleConnectionDataSource h2;
    private BackupCommand command;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void openADatabase() {
        String url = url(dir.resolve("data"));
        h2 = new SingleConnectionDataSource(url, "sa", "", true);
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))").update();
        jdbc.sql("INSERT INTO note VALUES (1, 'kept'), (2, 'also kept')").update();
        command = new BackupCommand(jdbc, url, "sa");
    }

    @AfterEach
    void close() {
        h2.destroy();
    }

    @Test
    void theZipHoldsTheDatabaseAndRestoresToTheSameRows() throws Exception {
        Path zip = dir.resolve("herald.zip");
        assertThat(run(zip.toString())).as(text(err)).isZero();
        assertThat(text(out)).startsWith("Backed up the database to " + zip + " (");

        Path restored = Files.createDirectories(dir.resolve("restored"));
        org.h2.tools.Restore.execute(zip.toString(), restored.toString(), "herald");
        assertThat(restored.resolve("herald.mv.db")).exists();
        SingleConnectionDataSource copy = new SingleConnectionDataSource(url(restored), "sa", "", true);
        try {
            assertThat(JdbcClient.create(copy).sql("SELECT text FROM note ORDER BY id").query(String.class).list())
                    .containsExactly("kept", "also kept");
        } finally {
            copy.destroy();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void withoutAPathItSaysHowToCallIt() {
        assertRefused(run(), "No backup file given. Usage: java -jar herald.jar backup PATH [--force]");
        assertRefused(run("a.zip", "b.zip"), "One backup file only, not 2. Usage: java -jar herald.jar backup PATH [--force]");
        assertRefused(run("--quiet", "a.zip"), "Unknown option --quiet. Usage: java -jar herald.jar backup PATH [--force]");
        assertRefused(run("a\u0000.zip"), "The backup file's name is not a path this system accepts: Nul character"
                + " not allowed.");
    }

    @Test
    void aFileInAMissingFolderIsRefused() {
        Path missing = dir.resolve("no-such-folder").resolve("herald.zip");
        assertRefused(run(missing.toString()), "There is no folder " + missing.getParent()
                + ": create it first, or give a file in an existing folder.");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void aFolderIsRefusedWithTheNameToGive() {
        assertRefused(run(dir.toString()), dir + " is a folder: give the name of the backup file, such as "
                + dir.resolve("herald.zip") + ".");
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path zip = Files.writeString(dir.resolve("last-night.zip"), "yesterday's backup");
        assertRefused(run(zip.toString()), zip + " already exists: give another name, or add --force to replace it.");
        assertThat(zip).hasContent("yesterday's backup");

        assertThat(run(zip.toString(), "--force")).as(text(err)).isZero();
        assertThat(entries(zip)).containsExactly("herald.mv.db");
    }

    @Test
    void onPostgresqlItGivesThePgDumpAndPgRestoreCommands() {
        BackupCommand onPostgres = new BackupCommand(JdbcClient.create(h2),
                "jdbc:postgresql://db.example.org:5433/herald?sslmode=require", "herald");
        int status = onPostgres.run(List.of("/backups/herald 2026.dump"), new PrintStream(out), new PrintStream(err));
        assertThat(status).isEqualTo(2);
        assertThat(text(err)).contains(
                "  pg_dump --format=custom --host=db.example.org --port=5433 --username=herald --dbname=herald"
                        + " --file='/backups/herald 2026.dump'\n",
                "  pg_restore --no-owner --single-transaction --exit-on-error --host=db.example.org --port=5433"
                        + " --username=herald --dbname=herald_restored '/backups/herald 2026.dump'\n",
                "docs/operations.md");
        assertThat(text(out)).isEmpty();
        assertThat(Path.of("/backups")).doesNotExist();
    }

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void assertRefused(int status, String line) {
        assertThat(status).isEqualTo(2);
        assertThat(text(err).lines().toList()).containsExactly(line);
        assertThat(text(out)).isEmpty();
        err.reset();
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath() + "/herald;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            List<String> names = new java.util.ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
            return names;
        }
    }
}
