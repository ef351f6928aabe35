package org.herald.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.herald.HeraldApplication;
import org.herald.support.HeraldOnPostgres;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A node stopped in the middle of delivering 1,000 queued webhooks, and started again: every
 * message reaches a receiver that honours the idempotency key ({@code webhook-id}) exactly once,
 * and every row ends sent. The messages the stopped node had claimed come back when its lease
 * runs out; any it had sent but not recorded are sent again under the same key, and the receiver
 * ignores them. The test's own node stops delivering meanwhile, so the other node does it all.
 */
@HeraldOnPostgres
class OutboxKillPostgresIntegrationTests extends OutboxParts {

    private static final int MESSAGES = 1000;

    @Autowired Environment environment;
    @Autowired OutboxDelivery delivery;
    @Autowired OutboxMessages messages;
    @Autowired WebhookDeliverer webhooks;

    @Test
    void aNodeStoppedMidDeliveryAndRestartedDeliversEveryMessageExactlyOnce(@TempDir Path folder) throws Exception {
        String path = "/kill-" + UUID.randomUUID();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        RECEIVER.createContext(path, exchange -> {
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            sleep(10);
            seen.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        long endpoint = register("http://127.0.0.1:" + RECEIVER.getAddress().getPort() + path, "content.published");
        delivery.stop();
        try {
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < MESSAGES; i++) {
                    outbox.webhook("msg_kill_" + endpoint + "_" + i, endpoint, "content.published", "{\"n\":" + i + "}");
                }
            });
            // A node that dies hard: it claimed 50 messages and sent 10 of them, then recorded nothing.
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
            java.util.List<OutboxMessage> claimed = transactions.execute(status -> messages.claim(
                    java.util.List.of(Outbox.WEBHOOK), now, now.plusSeconds(3), 50));
            webhooks.deliver(claimed.subList(0, 10));
            assertThat(seen).hasSize(10);
            try (ConfigurableApplicationContext first = node(folder.resolve("first"))) {
                await(() -> seen.size() >= 200);
            }
            int atStop = seen.size();
            assertThat(atStop).as("stopped mid-delivery").isLessThan(MESSAGES);
            try (ConfigurableApplicationContext restarted = node(folder.resolve("again"))) {
                long until = System.nanoTime() + 60_000_000_000L;
                while (sentTo(endpoint) < MESSAGES && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
            }
            assertThat(sentTo(endpoint)).isEqualTo(MESSAGES);
            assertThat(seen).hasSize(MESSAGES);
            assertThat(seen.values()).as("the receiver processed each key once; repeats are ignored by key")
                    .allMatch(count -> count.get() >= 1);
            System.out.printf("Kill test: %d messages, %d delivered before the stop, %d requests in all (%d repeats "
                    + "the receiver ignored by their key)%n", MESSAGES, atStop, requests.get(),
                    requests.get() - MESSAGES);
        } finally {
            delivery.start();
        }
    }

    private ConfigurableApplicationContext node(Path dataDir) throws Exception {
        return new SpringApplicationBuilder(HeraldApplication.class).run(
                "--server.port=0", "--herald.data-dir=" + Files.createDirectories(dataDir),
                "--herald.admin.password=" + TestAdmin.PASSWORD,
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--herald.outbox.interval=100ms", "--herald.outbox.lease=3s", "--herald.outbox.batch=50",
                "--herald.webhooks.allow-http=true", "--herald.webhooks.allow-private=true",
                "--herald.scheduler.node=node-b-" + dataDir.getFileName());
    }
}
