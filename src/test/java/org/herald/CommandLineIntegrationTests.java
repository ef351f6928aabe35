package org.herald;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.herald.support.TcpProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as an operator would: on a database that cannot be reached it
 * must stop with a non-zero status and one line naming the URL and the cause; with a command
 * it does not know, with the usage.
 */
class CommandLineIntegrationTests {

    @Test
    void anUnreachableDatabaseStopsHeraldWithOneClearLine(@TempDir Path dataDir) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:9/herald";
        Process herald = start(dataDir, url);
        assertThat(herald.waitFor(60, TimeUnit.SECONDS)).as("Herald stops by itself").isTrue();
        String stderr = new String(herald.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String stdout = new String(herald.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(herald.exitValue()).isNotZero();
        List<String> lines = stderr.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("Herald cannot reach its database at " + url + ": ")
                .containsIgnoringCase("refused");
        assertThat(stdout + stderr).doesNotContain("Exception", "\tat ");
    }

    /**
     * A database server that accepts the connection and then says nothing (a network that drops
     * packets, a server hung on its disk): the start gives up after the connect time-out, with
     * the same one line, instead of waiting for ever.
     */
    @Test
    void aDatabaseThatNeverAnswersStopsHeraldAfterTheConnectTimeout(@TempDir Path dataDir) throws Exception {
        try (TcpProxy silent = TcpProxy.to("127.0.0.1", 9)) {
            silent.silence();
            String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/herald";
            long start = System.nanoTime();
            Process herald = start(dataDir, url, Map.of("HERALD_DB_CONNECT_TIMEOUT", "3s"));
            assertThat(herald.waitFor(60, TimeUnit.SECONDS)).as("Herald stops by itself").isTrue();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            String stderr = new String(herald.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(herald.exitValue()).isEqualTo(3);
            assertThat(seconds).as("seconds to give up").isLessThan(20);
            List<String> lines = stderr.lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("Herald cannot reach its database at " + url + ": ");
        }
    }

    @Test
    void aPoolSizeThatIsNotAPositiveNumberIsRefusedInOneLine(@TempDir Path dataDir) throws Exception {
        for (String size : List.of("0", "ten")) {
            Process herald = start(dataDir, null, Map.of("HERALD_DB_POOL_SIZE", size));
            assertThat(herald.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(herald.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(herald.exitValue()).isEqualTo(2);
            assertThat(stderr.strip()).isEqualTo("HERALD_DB_POOL_SIZE must be a whole number of 1 or more, not '"
                    + size + "'");
        }
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWithStatus2(@TempDir Path dataDir) throws Exception {
        Process herald = start(dataDir, null, "no-such-command");
        assertThat(herald.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(herald.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(herald.exitValue()).isEqualTo(2);
        assertThat(stderr).contains("Unknown command 'no-such-command'. Usage: java -jar herald.jar [COMMAND ARGS...]");
    }

    private static Process start(Path dataDir, String url, String... args) throws IOException {
        return start(dataDir, url, Map.of(), args);
    }

    private static Process start(Path dataDir, String url, Map<String, String> environment, String... args)
            throws IOException {
        File jar = new File("target/herald.jar");
        assertThat(jar).as("the packaged jar (built by mvn package before the integration tests)").exists();
        List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-jar", jar.getAbsolutePath()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (url != null) {
            builder.environment().put("HERALD_DB_URL", url);
        }
        builder.environment().put("HERALD_ADMIN_PASSWORD", "a-long-test-password");
        builder.environment().put("HERALD_DB_USER", "herald");
        builder.environment().put("HERALD_DATA_DIR", dataDir.toString());
        builder.environment().put("HERALD_PORT", "0");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
