package org.herald.outbox;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.herald.support.HeraldOnPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's benchmark (bench/outbox/run.sh; skipped unless {@code -Dherald.bench=true}): one
 * press release to 100,000 confirmed subscribers, timed until every mail is handed to a local
 * SMTP server (a sink that accepts and discards, so that it holds nothing in memory), with the
 * heap sampled meanwhile; then 1,000 webhooks to a local receiver: the rate and the p99 of a
 * request as the attempts log recorded it.
 */
@HeraldOnPostgres
@EnabledIfSystemProperty(named = "herald.bench", matches = "true")
class OutboxBenchPostgresIntegrationTests {

    private static final int SUBSCRIBERS = Integer.getInteger("herald.bench.subscribers", 100_000);
    private static final AtomicInteger MAILS = new AtomicInteger();
    private static final ServerSocket SINK;

    static {
        try {
            SINK = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!SINK.isClosed()) {
                try {
                    Socket socket = SINK.accept();
                    Thread session = new Thread(() -> smtp(socket));
                    session.setDaemon(true);
                    session.start();
                } catch (java.io.IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The least of SMTP: every command answered 250 (354 for DATA), each message counted and dropped. */
    private static void smtp(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            out.write("220 sink\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            boolean data = false;
            for (String line; (line = in.readLine()) != null; ) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        MAILS.incrementAndGet();
                        out.write("250 ok\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    continue;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                String reply = switch (command) {
                    case "EHLO", "HELO" -> "250 sink\r\n";
                    case "DATA" -> "354 go\r\n";
                    case "QUIT" -> "221 bye\r\n";
                    default -> "250 ok\r\n";
                };
                data = command.equals("DATA");
                out.write(reply.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (java.io.IOException gone) {
            // the client hung up
        }
    }

    @DynamicPropertySource
    static void bench(DynamicPropertyRegistry registry) {
        registry.add("herald.smtp.host", () -> "127.0.0.1");
        registry.add("herald.smtp.port", SINK::getLocalPort);
        registry.add("herald.outbox.interval", () -> "100ms");
        registry.add("herald.webhooks.allow-http", () -> "true");
        registry.add("herald.webhooks.allow-private", () -> "true");
    }

    @Autowired JdbcClient jdbc;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired RegisterWebhook register;

    @Test
    void oneReleaseToAHundredThousandSubscribersAndAThousandWebhooks() throws Exception {
        jdbc.sql("""
                INSERT INTO alert_subscriber (token, email, language, countries, themes, kinds, frequency, digest_hour,
                                              time_zone, confirmed_at, created_at)
                SELECT 'bench-' || g, 'subscriber' || g || '@bench.example', 'en', '', '', '', 'immediate', 8, 'UTC',
                       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                FROM generate_series(1, :n) g
                """).param("n", SUBSCRIBERS).update();
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Actor editor = Actor.system("bench");
        long started = System.nanoTime();
        ContentDraft draft = new ContentDraft(ContentType.ARTICLE, ArticleKind.PRESS_RELEASE, Language.EN,
                "Bench release", "bench-release-" + System.nanoTime(), "To every subscriber.", "Text.", LocalDate.now(),
                false, null, null, null, null, false, List.of("BY"), List.of(), List.of(), List.of(), null, null);
        publish.publish(editor, save.create(editor, draft, null));
        double publishSeconds = (System.nanoTime() - started) / 1e9;
        while (MAILS.get() < SUBSCRIBERS) {
            Thread.sleep(200);
            if ((System.nanoTime() - started) / 1e9 > 900) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        System.out.printf("BENCH mail: %d of %d mails handed to SMTP in %.1f s (%.0f a second); publishing took %.2f s;"
                        + " peak heap used %d MB of max %d MB%n", MAILS.get(), SUBSCRIBERS, seconds, MAILS.get() / seconds,
                publishSeconds, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);

        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        long endpoint = register.register(Actor.system("bench"),
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", java.util.Set.of(WebhookEvent.PUBLISHED));
        long webhooksStarted = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 1000; i++) {
                outbox.webhook("msg_bench_" + endpoint + "_" + i, endpoint, "content.published", "{\"n\":" + i + "}");
            }
        });
        while (received.get() < 1000 && (System.nanoTime() - webhooksStarted) / 1e9 < 300) {
            Thread.sleep(20);
        }
        double webhookSeconds = (System.nanoTime() - webhooksStarted) / 1e9;
        List<Long> millis = jdbc.sql("""
                SELECT a.duration_ms FROM outbox_attempt a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.channel = 'webhook' AND m.recipient = :e ORDER BY a.duration_ms
                """).param("e", String.valueOf(endpoint)).query(Long.class).list();
        receiver.stop(0);
        System.out.printf("BENCH webhooks: %d delivered in %.2f s (%.0f a second); request p50 %d ms, p99 %d ms%n",
                received.get(), webhookSeconds, received.get() / webhookSeconds, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.99) - 1));
    }
}
