package org.herald.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.i18n.Language;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E-mail alerts over a real SMTP server: double opt-in with a signed link (a changed or expired
 * one refused), an immediate alert for a matching press release and none for another, its
 * one-click unsubscribe (RFC 8058) deleting everything, the export, and a daily digest at the
 * subscriber's local hour. Run on H2 and on PostgreSQL.
 */
abstract class AlertsContract extends OutboxParts {

    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/en/alerts/confirm\\?s=(\\d+)&e=(\\d+)&sig=([\\w-]+))");

    @Autowired AlertSubscribers subscribers;
    @Autowired AlertProperties properties;
    @Autowired AlertDigests digests;

    @Test
    void aConfirmedSubscriberGetsAMatchingReleaseAtOnceAndLeavesWithOneClick() throws Exception {
        String to = "alerts-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http visitor = new Http(port);
        Response form = visitor.get("/en/alerts");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Cache-Control")).contains("no-store");
        Response signedUp = visitor.post("/en/alerts", Map.of("email", to, "language", "en", "country", List.of("by"),
                "kind", List.of("press-release"), "frequency", "immediate"));
        assertThat(signedUp.status()).as(signedUp.mainText()).isEqualTo(200);
        assertThat(signedUp.mainText()).contains("Check your inbox");
        assertThat(visitor.post("/en/alerts", Map.of("email", "not an address", "language", "en",
                "frequency", "immediate")).status()).isEqualTo(400);

        Matcher link = CONFIRM.matcher(text(awaitMail(to, "Confirm")));
        assertThat(link.find()).isTrue();
        String confirm = link.group(1);
        Response tampered = visitor.post("/en/alerts/confirm", Map.of("s", link.group(2),
                "e", String.valueOf(Long.parseLong(link.group(3)) + 3600), "sig", link.group(4)));
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.mainText()).contains("changed");
        AlertSubscriber pending = subscribers.byEmail(to).orElseThrow();
        Matcher expired = CONFIRM.matcher(new AlertLinks(properties).confirm(pending, Instant.now().minusSeconds(5)));
        assertThat(expired.find()).isTrue();
        Response late = visitor.post("/en/alerts/confirm", Map.of("s", expired.group(2), "e", expired.group(3),
                "sig", expired.group(4)));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.mainText()).contains("expired");
        assertThat(subscribers.byEmail(to).orElseThrow().confirmedAt()).isNull();

        assertThat(visitor.get(confirm).status()).as("a mail scanner's GET confirms nothing").isEqualTo(200);
        assertThat(subscribers.byEmail(to).orElseThrow().confirmedAt()).isNull();
        Response confirmed = visitor.post("/en/alerts/confirm", Map.of("s", link.group(2), "e", link.group(3),
                "sig", link.group(4)));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.mainText()).contains("You are signed up");

        String other = publishArticle("Not for them " + UUID.randomUUID(), "FR");
        String title = "Belarus release " + UUID.randomUUID().toString().substring(0, 8);
        publishArticle(title, "BY");
        MimeMessage alert = awaitMail(to, title);
        assertThat(alert.getSubject()).isEqualTo("News: " + title);
        String unsubscribe = alert.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<https?://[^>]+/alerts/unsubscribe/[\\w-]+>");
        assertThat(alert.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String both = flatten((MimeMultipart) alert.getContent());
        assertThat(both).contains(title, "<a href=", "/en/news/").doesNotContain("<img");
        assertThat(mailsTo(to)).as("the confirmation and one alert, none for " + other).isEqualTo(2);

        String token = unsubscribe.replaceAll(".*/alerts/unsubscribe/([\\w-]+)>", "$1");
        Response export = visitor.get("/alerts/preferences/" + token + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("\"email\"", to, "\"by\"", "News: " + title);
        assertThat(visitor.get("/en/alerts/preferences/" + token).status()).isEqualTo(200);

        Response oneClick = new Http(port).post("/alerts/unsubscribe/" + token,
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(subscribers.byEmail(to)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE LOWER(recipient) = LOWER(:to)").param("to", to)
                .query(Long.class).single()).as("deletion is real").isZero();
        assertThat(visitor.get("/en/alerts/preferences/" + token).status()).isEqualTo(404);
    }

    @Test
    void aDailySubscriberGetsOneDigestAtTheirLocalHour() throws Exception {
        String to = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http visitor = new Http(port);
        assertThat(visitor.post("/en/alerts", Map.of("email", to, "language", "en", "kind", List.of("press-release"),
                "frequency", "daily", "hour", "9", "zone", "Asia/Bangkok")).status()).isEqualTo(200);
        Matcher link = CONFIRM.matcher(text(awaitMail(to, "Confirm")));
        assertThat(link.find()).isTrue();
        assertThat(visitor.post("/en/alerts/confirm", Map.of("s", link.group(2), "e", link.group(3),
                "sig", link.group(4))).status()).isEqualTo(200);
        String first = "Digest one " + UUID.randomUUID().toString().substring(0, 8);
        String second = "Digest two " + UUID.randomUUID().toString().substring(0, 8);
        publishArticle(first, "BY");
        publishArticle(second, "KZ");
        await(() -> jdbc.sql("""
                SELECT COUNT(*) FROM alert_digest_item d JOIN alert_subscriber s ON s.id = d.subscriber_id
                WHERE s.email = :to
                """).param("to", to).query(Long.class).single() == 2);

        OffsetDateTime tomorrow = OffsetDateTime.now().plusDays(1);
        digests.writeDue(tomorrow);
        MimeMessage digest = awaitMail(to, "Today");
        assertThat(digest.getSubject()).isEqualTo("Today: 2 new items");
        assertThat(flatten((MimeMultipart) digest.getContent())).contains(first, second);
        assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        OffsetDateTime next = jdbc.sql("SELECT next_digest_at FROM alert_subscriber WHERE email = :to").param("to", to)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).single();
        assertThat(next.atZoneSameInstant(ZoneId.of("Asia/Bangkok")).getHour()).isEqualTo(9);
        assertThat(next).isAfter(tomorrow);
        digests.writeDue(tomorrow);
        Thread.sleep(500);
        assertThat(mailsTo(to)).as("one digest, nothing twice").isEqualTo(2);
    }

    private String publishArticle(String title, String country) {
        String slug = "alert-" + UUID.randomUUID().toString().substring(0, 8);
        ContentDraft draft = new ContentDraft(ContentType.ARTICLE, ArticleKind.PRESS_RELEASE, Language.EN, title, slug,
                "A summary.", "Text.", LocalDate.now(), false, null, null, null, null, false, List.of(country), List.of(),
                List.of(), List.of(), null, null);
        long id = save.create(EDITOR, draft, null);
        publish.publish(EDITOR, id);
        return slug;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof MimeMultipart parts ? flatten(parts) : String.valueOf(content);
    }
}
