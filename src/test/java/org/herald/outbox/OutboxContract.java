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
 * The outbox over real parts ({@link OutboxParts}): webhooks posted, signed, retried past a slow
 * receiver and a 500, an endpoint disabled after repeated failures and enabled again, refused
 * URLs, and mail handed to a real SMTP server as text and HTML. Run on H2 and on PostgreSQL.
 */
abstract class OutboxContract extends OutboxParts {

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

}
