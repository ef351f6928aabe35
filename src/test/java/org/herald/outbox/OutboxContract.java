package org.herald.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

import org.herald.accounts.Actor;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox over real parts: a real SMTP server (GreenMail) that mail is read back from, and a
 * real HTTP receiver (the JDK's server) that checks webhook signatures with its own code. The
 * retries, backoff and disabling run with short delays set here. Run on H2 and on PostgreSQL.
 */
abstract class OutboxContract {

    private static final Actor EDITOR = Actor.system("outbox-test");
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final HttpServer RECEIVER;
    /** What each receiver path answers, in turn; 200 once the list is used up. "slow" waits past the read timeout. */
    static final Map<String, List<String>> SCRIPTS = new ConcurrentHashMap<>();
    static final Map<String, List<Delivery>> RECEIVED = new ConcurrentHashMap<>();

    static {
        SMTP.start();
        try {
            RECEIVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RECEIVER.setExecutor(Executors.newFixedThreadPool(4));
        RECEIVER.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            RECEIVED.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Delivery(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8)));
            List<String> script = SCRIPTS.getOrDefault(path, List.of());
            int turn = RECEIVED.get(path).size() - 1;
            String answer = turn < script.size() ? script.get(turn) : "200";
            if (answer.equals("slow")) {
                sleep(2500);
                answer = "200";
            }
            exchange.sendResponseHeaders(Integer.parseInt(answer), -1);
            exchange.close();
        });
        RECEIVER.start();
    }

    record Delivery(String id, String timestamp, String signature, String body) {
    }

    @DynamicPropertySource
    static void outboxSettings(DynamicPropertyRegistry registry) {
        registry.add("herald.smtp.host", () -> "127.0.0.1");
        registry.add("herald.smtp.port", () -> SMTP.getSmtp().getPort());
        registry.add("herald.smtp.from", () -> "Herald News <news@herald.test>");
        registry.add("herald.outbox.interval", () -> "100ms");
        registry.add("herald.outbox.first-retry", () -> "200ms");
        registry.add("herald.outbox.max-retry", () -> "400ms");
        registry.add("herald.webhooks.allow-http", () -> "true");
        registry.add("herald.webhooks.allow-private", () -> "true");
        registry.add("herald.webhooks.read-timeout", () -> "1s");
        registry.add("herald.webhooks.disable-after", () -> "3");
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    Http admin;

    @BeforeEach
    void signIn() {
        admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
    }

    @Test
    void aPublicationIsPostedSignedAndRetriedPastASlowReceiverAndA500UntilItIsTaken() throws Exception {
        String path = "/hook-" + UUID.randomUUID();
        SCRIPTS.put(path, List.of("slow", "500"));
        long endpoint = register("http://127.0.0.1:" + RECEIVER.getAddress().getPort() + path, "content.published");
        String secret = jdbc.sql("SELECT secret FROM webhook_endpoint WHERE id = :id").param("id", endpoint)
                .query(String.class).single();
        assertThat(secret).startsWith("whsec_");

        String title = "Webhook page " + UUID.randomUUID().toString().substring(0, 8);
        long item = publishPage(title);

        await(() -> RECEIVED.getOrDefault(path, List.of()).size() >= 3 && sentTo(endpoint) == 1);
        List<Delivery> deliveries = RECEIVED.get(path);
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries).extracting(Delivery::id).as("one idempotency key for every retry")
                .containsOnly(deliveries.get(0).id());
        for (Delivery delivery : deliveries) {
            assertThat(verifies(secret, delivery)).as("signature of " + delivery).isTrue();
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp()))).isLessThan(60);
        }
        assertThat(deliveries.get(0).body()).contains("\"type\":\"content.published\"", "\"title\":\"" + title + "\"",
                "\"id\":" + item);

        Response log = admin.get("/admin/webhooks/" + endpoint);
        assertThat(log.status()).isEqualTo(200);
        String text = log.document().select("table.delivery-log").text();
        assertThat(text).contains("500", "200", "Delivered", "Failed, will be tried again");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM outbox_attempt a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.recipient = :endpoint
                """).param("endpoint", String.valueOf(endpoint)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledTheDashboardSaysSoAndEnablingItSendsWhatWaited() throws Exception {
        String path = "/broken-" + UUID.randomUUID();
        SCRIPTS.put(path, List.of("500", "500", "500"));
        long endpoint = register("http://127.0.0.1:" + RECEIVER.getAddress().getPort() + path, "content.published");
        publishPage("Failing webhook " + UUID.randomUUID().toString().substring(0, 8));

        await(() -> !jdbc.sql("SELECT enabled FROM webhook_endpoint WHERE id = :id").param("id", endpoint)
                .query(Boolean.class).single());
        await(() -> "paused".equals(jdbc.sql("SELECT status FROM outbox_message WHERE recipient = :r")
                .param("r", String.valueOf(endpoint)).query(String.class).single()));
        assertThat(admin.get("/admin").document().text()).contains("disabled after repeated failures");

        Response enabled = admin.post("/admin/webhooks/" + endpoint + "/enable",
                Map.of("_csrf", admin.csrf("/admin/webhooks/" + endpoint)));
        assertThat(enabled.status()).isEqualTo(302);
        await(() -> sentTo(endpoint) == 1);
        assertThat(RECEIVED.get(path)).hasSize(4);
    }

    @Test
    void refusedUrlsAreExplainedAndNothingIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM webhook_endpoint").query(Long.class).single();
        for (String url : List.of("https://user:secret@example.org/hook", "ftp://example.org/hook", "not a url")) {
            Response refused = admin.post("/admin/webhooks", Map.of("_csrf", admin.csrf("/admin/webhooks"), "url", url,
                    "events", "content.published"));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.document().select("[role=alert]").text()).as(url).isNotBlank();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_endpoint").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void mailIsHandedToTheSmtpServerAsTextAndHtmlUnderItsIdempotencyKey() throws Exception {
        String to = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String key = "test-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.mail(key, new Mail(to, "Zoë Reader", "Élan: a test",
                "Plain words.", "<p>Rich <strong>words</strong>.</p>", Map.of("List-Id", "<news.herald.test>"))));

        MimeMessage received = awaitMail(to);
        assertThat(received.getSubject()).isEqualTo("Élan: a test");
        assertThat(received.getMessageID()).isEqualTo("<" + key + "@herald.test>");
        assertThat(received.getHeader("List-Id", null)).isEqualTo("<news.herald.test>");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        String all = flatten(parts);
        assertThat(all).contains("Plain words.", "<strong>words</strong>");
        await(() -> "sent".equals(jdbc.sql("SELECT status FROM outbox_message WHERE idempotency_key = :k")
                .param("k", key).query(String.class).single()));
        assertThat(admin.get("/admin/outbox/mailbox").document().select("table.mailbox").text())
                .contains(to, "Élan: a test", "Sent");
    }

    @Test
    void headerInjectionAndInvalidAddressesAreRefusedAndNothingIsQueued() {
        long before = jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> outbox.mail("inj-" + UUID.randomUUID(),
                new Mail("a@example.org", null, "Hello\r\nBcc: victim@example.org", "x", null, null))))
                .isInstanceOf(MailRefusedException.class)
                .satisfies(e -> assertThat(((MailRefusedException) e).messageKey()).isEqualTo("outbox.error.header"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> outbox.mail("inj-" + UUID.randomUUID(),
                new Mail("a@example.org", "Eve\nBcc: x@example.org", "Hello", "x", null, null))))
                .isInstanceOf(MailRefusedException.class);
        for (String address : List.of("not-an-address", "a@b", "two@example.org, three@example.org",
                "Name <n@example.org>", "a@example.org\r\nBcc: x@example.org")) {
            assertThatThrownBy(() -> MailChecks.address(address)).as(address).isInstanceOf(MailRefusedException.class);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single()).isEqualTo(before);
    }

    /** An independent check of a Standard Webhooks signature, as a receiver would write it. */
    private static boolean verifies(String secret, Delivery delivery) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.split("_", 2)[1]);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((delivery.id() + "." + delivery.timestamp() + "." + delivery.body())
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : delivery.signature().split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts[0].equals("v1") && java.security.MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    private long register(String url, String event) {
        Response made = admin.post("/admin/webhooks", Map.of("_csrf", admin.csrf("/admin/webhooks"), "url", url,
                "events", List.of(event)));
        assertThat(made.status()).as(made.mainText()).isEqualTo(302);
        return Long.parseLong(made.location().replaceAll(".*/admin/webhooks/(\\d+).*", "$1"));
    }

    private long publishPage(String title) {
        String slug = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.EN, title, slug, null, "Text.", null, true,
                null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
        long id = save.create(EDITOR, draft, null);
        publish.publish(EDITOR, id);
        return id;
    }

    private long sentTo(long endpoint) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = :r AND status = 'sent'")
                .param("r", String.valueOf(endpoint)).query(Long.class).single();
    }

    private static MimeMessage awaitMail(String to) throws Exception {
        AtomicInteger found = new AtomicInteger(-1);
        await(() -> {
            MimeMessage[] all = SMTP.getReceivedMessages();
            for (int i = 0; i < all.length; i++) {
                try {
                    if (all[i].getAllRecipients()[0].toString().contains(to)) {
                        found.set(i);
                        return true;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        });
        return SMTP.getReceivedMessages()[found.get()];
    }

    private static String flatten(MimeMultipart parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            text.append(content instanceof MimeMultipart nested ? flatten(nested) : String.valueOf(content)).append('\n');
        }
        return text.toString();
    }

    static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the outbox").isLessThan(until);
            sleep(50);
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
