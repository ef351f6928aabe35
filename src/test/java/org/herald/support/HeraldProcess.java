package org.herald.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Herald node: the packaged jar started as its own process, as an operator would, on a
 * database shared with other nodes. Its output goes to {@code target/nodes/<name>.log}. Closing
 * it kills the process (as a crash would, with no orderly shutdown).
 */
public final class HeraldProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "nodes");

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private HeraldProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node on a free port; {@code environment} adds to or overrides Herald's settings. */
    public static HeraldProcess start(String name, Path dataDir, Map<String, String> environment) {
        File jar = new File("target/herald.jar");
        if (!jar.exists()) {
            throw new IllegalStateException("target/herald.jar is missing: it is built by mvn package");
        }
        try {
            Files.createDirectories(LOGS);
            int port = freePort();
            Path log = LOGS.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.getAbsolutePath()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("HERALD_PORT", String.valueOf(port));
            builder.environment().put("HERALD_DATA_DIR", dataDir.toString());
            builder.environment().put("HERALD_NODE_NAME", name);
            builder.environment().putAll(environment);
            return new HeraldProcess(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers its readiness probe; fails with its log's end if it dies or takes too long. */
    public HeraldProcess awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped: " + tail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ": " + tail());
    }

    /** A session of the admin on this node, signed in with {@code password}. */
    public Http signInAsAdmin(String password) {
        Http http = new Http(port);
        org.assertj.core.api.Assertions.assertThat(http.login(TestAdmin.USERNAME, password).location()).endsWith("/admin");
        return http;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    /** Kills the process at once (SIGKILL), like a crash or a pulled plug. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
