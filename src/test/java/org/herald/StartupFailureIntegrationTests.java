package org.herald;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as an operator would, on a database that cannot be reached: it
 * must stop with a non-zero status and one line naming the URL and the cause.
 */
class StartupFailureIntegrationTests {

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

    private static Process start(Path dataDir, String url) throws IOException {
        File jar = new File("target/herald.jar");
        assertThat(jar).as("the packaged jar (built by mvn package before the integration tests)").exists();
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar.getAbsolutePath());
        builder.environment().put("HERALD_DB_URL", url);
        builder.environment().put("HERALD_DB_USER", "herald");
        builder.environment().put("HERALD_DATA_DIR", dataDir.toString());
        builder.environment().put("HERALD_PORT", "0");
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
