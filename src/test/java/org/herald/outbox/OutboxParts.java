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
 * The real parts the outbox's tests talk to, shared by their contracts (one application context
 * per database): a real SMTP server (GreenMail) that mail is read back from, and a real HTTP
 * receiver (the JDK's server) whose answers each test scripts. Retries, backoff and disabling
 * run with the short delays set here.
 */
public abstract class OutboxParts {

    protected static final Actor EDITOR = Actor.system("outbox-test");
    protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    protected static final HttpServer RECEIVER;
    /** What each receiver path answers, in turn; 200 once the list is used up. "slow" waits past the read timeout. */
    protected static final Map<String, List<String>> SCRIPTS = new ConcurrentHashMap<>();
    protected static final Map<String, List<Delivery>> RECEIVED = new ConcurrentHashMap<>();

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

    @LocalServerPort protected int port;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected SaveContent save;
    @Autowired protected PublishContent publish;
    @Autowired protected Outbox outbox;
    @Autowired protected TransactionTemplate transactions;
    protected Http admin;

    @BeforeEach
    protected void signIn() {
        admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
    }

    /** An independent check of a Standard Webhooks signature, as a receiver would write it. */
    protected static boolean verifies(String secret, Delivery delivery) throws Exception {
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

    protected long register(String url, String event) {
        Response made = admin.post("/admin/webhooks", Map.of("_csrf", admin.csrf("/admin/webhooks"), "url", url,
                "events", List.of(event)));
        assertThat(made.status()).as(made.mainText()).isEqualTo(302);
        return Long.parseLong(made.location().replaceAll(".*/admin/webhooks/(\\d+).*", "$1"));
    }

    protected long publishPage(String title) {
        String slug = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.EN, title, slug, null, "Text.", null, true,
                null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
        long id = save.create(EDITOR, draft, null);
        publish.publish(EDITOR, id);
        return id;
    }

    protected long sentTo(long endpoint) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = :r AND status = 'sent'")
                .param("r", String.valueOf(endpoint)).query(Long.class).single();
    }

    protected static MimeMessage awaitMail(String to) throws Exception {
        return awaitMail(to, "");
    }

    /** The first mail to {@code to} whose subject contains {@code subject}, once the SMTP server has it. */
    protected static MimeMessage awaitMail(String to, String subject) throws Exception {
        MimeMessage[] found = new MimeMessage[1];
        await(() -> {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().contains(to) && message.getSubject().contains(subject)) {
                        found[0] = message;
                        return true;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        });
        return found[0];
    }

    /** How many mails to {@code to} the SMTP server has received. */
    protected static long mailsTo(String to) throws Exception {
        long count = 0;
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(to)) {
                count++;
            }
        }
        return count;
    }

    protected static String flatten(MimeMultipart parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            text.append(content instanceof MimeMultipart nested ? flatten(nested) : String.valueOf(content)).append('\n');
        }
        return text.toString();
    }

    protected static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the outbox").isLessThan(until);
            sleep(50);
        }
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
