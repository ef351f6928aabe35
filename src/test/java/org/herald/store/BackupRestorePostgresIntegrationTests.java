package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.herald.support.HeraldOnPostgres;
import org.herald.support.Http;
import org.herald.support.PostgresTestDatabase;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Backup and restore on PostgreSQL, with the very commands Herald's {@code backup} prints for
 * this database: {@code pg_dump} while the node serves, then {@code pg_restore} into a new, empty
 * database; then {@code pg_restore --clean} once more under the running second node, which must
 * drop what was indexed since. Skipped where the PostgreSQL client tools are not installed.
 */
@HeraldOnPostgres
class BackupRestorePostgresIntegrationTests extends BackupRestoreContract {

    @Autowired BackupCommand command;
    @Value("${spring.datasource.password:}") String password;
    private PostgresTestDatabase restored;
    private List<String> advice;

    @BeforeEach
    void theClientToolsAreInstalled() {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not installed");
    }

    @AfterEach
    void dropTheRestoredDatabase() {
        if (restored != null) {
            restored.drop();
        }
    }

    @Override
    Path backUp(Path folder) throws Exception {
        Path dump = folder.resolve("herald.dump");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(List.of(dump.toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as("backup on PostgreSQL names the tools and writes nothing").isEqualTo(2);
        assertThat(dump).doesNotExist();
        advice = err.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
        shell(command("pg_dump "));
        assertThat(dump).isNotEmptyFile();
        return dump;
    }

    @Override
    List<String> restore(Path backup, Path dataDir) throws Exception {
        restored = PostgresTestDatabase.create();
        pgRestore("");
        return List.of("--spring.datasource.url=" + restored.jdbcUrl(),
                "--spring.datasource.username=" + restored.user(), "--spring.datasource.password=" + restored.password());
    }

    @Override
    void restoreUnderTheRunningNode(int port) throws Exception {
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String word = uniqueWord();
        publish(admin, "Published on the restored node " + word, "Gone when the backup is restored again.");
        awaitHits(port, word, 1);
        pgRestore("--clean ");
        awaitHits(port, word, 0);
    }

    /** The printed {@code pg_restore} command, with options added, into the restored database. */
    private void pgRestore(String options) throws Exception {
        shell(command("pg_restore ").replaceFirst("^pg_restore ", "pg_restore " + options)
                .replaceFirst("--dbname=\\S+", "--dbname=" + restored.name()));
    }

    private String command(String tool) {
        return advice.stream().filter(line -> line.startsWith(tool)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tool + "line in " + advice));
    }

    private void shell(String line) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", line).redirectErrorStream(true);
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(line).isTrue();
        assertThat(process.exitValue()).as(line + "\n" + output).isZero();
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }
}
