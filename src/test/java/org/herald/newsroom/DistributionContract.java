package org.herald.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.herald.outbox.MailOutcome;
import org.herald.outbox.OutboxParts;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Journalists' distribution lists over a real SMTP server: an embargoed copy of a scheduled
 * release sent ahead of time, each journalist with their own preview link, the same release sent
 * again at publication, the per-release and per-journalist record, and a bounce that suppresses
 * the address until a person clears it. Run on H2 and on PostgreSQL.
 */
abstract class DistributionContract extends OutboxParts {

    private static final Pattern PREVIEW = Pattern.compile("https?://[^/\\s\"]+(/preview/[\\w-]+)");

    @Autowired ApplicationEventPublisher events;

    @Test
    void anEmbargoedCopyGoesAheadWithPersonalLinksAndTheReleaseAgainAtPublication() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String csrf = admin.csrf("/admin/media-lists");
        assertThat(admin.post("/admin/media-lists", Map.of("_csrf", csrf, "name", "CIS desk " + suffix)).status())
                .isEqualTo(302);
        long list = jdbc.sql("SELECT id FROM media_list WHERE name = :n").param("n", "CIS desk " + suffix)
                .query(Long.class).single();
        String email = "jane-" + suffix + "@minsk-daily.example";
        Response added = admin.post("/admin/media-lists/journalists", Map.of("_csrf", csrf, "name", "Jane Doe",
                "email", email, "outlet", "Minsk Daily", "beat", "Migration", "language", List.of("en", "ru"),
                "country", List.of("by"), "list", List.of(String.valueOf(list))));
        assertThat(added.status()).as(added.mainText()).isEqualTo(302);
        String journalistPage = added.location().replaceFirst("^https?://[^/]+", "");
        assertThat(admin.post("/admin/media-lists/journalists", Map.of("_csrf", csrf, "name", "Eve",
                "email", "eve@x\r\nBcc: all@example.org")).status()).isEqualTo(400);

        String title = "Embargoed memorandum " + suffix;
        String editorPath = scheduledRelease(title, "2031-05-04T11:00");
        String distribution = editorPath + "/distribution";
        Response sent = admin.post(distribution, Map.of("_csrf", admin.csrf(distribution), "list", String.valueOf(list),
                "embargoed", "true"));
        assertThat(sent.status()).as(sent.mainText()).isEqualTo(200);
        assertThat(sent.mainText()).contains("Sent or promised to 1 journalist.");

        MimeMessage copy = awaitMail(email, "EMBARGOED until");
        assertThat(copy.getSubject()).contains("EMBARGOED until May 4, 2031", title);
        Matcher link = PREVIEW.matcher(flatten((MimeMultipart) copy.getContent()));
        assertThat(link.find()).isTrue();
        Response preview = new Http(port).get(link.group(1));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.document().select(".embargo-until").text()).startsWith("EMBARGOED until");
        assertThat(preview.document().text()).contains("Jane Doe, Minsk Daily");
        await(() -> statuses(title).equals(List.of("sent")));

        Response atPublication = admin.post(distribution, Map.of("_csrf", admin.csrf(distribution),
                "list", String.valueOf(list), "embargoed", "false"));
        assertThat(atPublication.status()).isEqualTo(200);
        assertThat(statuses(title)).containsExactlyInAnyOrder("sent", "waiting");
        assertThat(admin.post(editorPath + "/publish", Map.of("_csrf", admin.csrf(editorPath))).status()).isEqualTo(302);
        await(() -> statuses(title).equals(List.of("sent", "sent")));
        assertThat(mailsTo(email)).isEqualTo(2);
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(email)) {
                subjects.add(message.getSubject());
            }
        }
        assertThat(subjects).contains(title).anyMatch(subject -> subject.startsWith("EMBARGOED until"));

        assertThat(admin.get(editorPath).document().select(".about-item a[href$=/distribution]").text())
                .as("the editor says who got the release").isEqualTo("Sent to one journalist: who got it");
        String record = admin.get(distribution).document().select("table.sends").text();
        assertThat(record).contains("Jane Doe", "Embargoed copy", "Public release", "Sent");
        String got = admin.get(journalistPage).document().select("table.sends").text();
        assertThat(got).contains(title, "Embargoed copy", "Public release");

        String key = jdbc.sql("SELECT message_key FROM release_send WHERE title = :t AND embargoed = FALSE")
                .param("t", title).query(String.class).single();
        transactions.executeWithoutResult(status -> events.publishEvent(new MailOutcome(key, "Jane Doe <" + email + ">",
                "bounced", 550, "550 5.1.1 Mailbox unavailable", OffsetDateTime.now())));
        assertThat(admin.get(journalistPage).mainText()).contains("bounced", "550 5.1.1 Mailbox unavailable");
        assertThat(admin.get("/admin/media-lists").document().select("table.journalists").text()).contains("Suppressed");
        assertThat(admin.post(journalistPage + "/clear", Map.of("_csrf", admin.csrf(journalistPage))).status())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT suppressed_at FROM journalist WHERE email = :e").param("e", email)
                .query((rs, row) -> rs.getObject(1)).list()).containsExactly((Object) null);
    }

    private List<String> statuses(String title) {
        return jdbc.sql("SELECT status FROM release_send WHERE title = :t ORDER BY id").param("t", title)
                .query(String.class).list();
    }

    /** A press release written, approved and scheduled through the forms; the path of its editor. */
    private String scheduledRelease(String title, String publishAt) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "ARTICLE", "kind", "PRESS_RELEASE", "language", "en",
                "title", title, "summary", "A memorandum is signed.", "bodyMarkdown", "Under embargo.",
                "countries", List.of("BY")));
        form.put("_csrf", admin.csrf("/admin/content/new?type=article"));
        Response created = admin.post("/admin/content", form);
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        String path = created.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        String csrf = admin.csrf(path);
        assertThat(admin.post(path + "/submit", Map.of("_csrf", csrf)).status()).isEqualTo(302);
        assertThat(admin.post(path + "/approve", Map.of("_csrf", csrf)).status()).isEqualTo(302);
        Response scheduled = admin.post(path + "/schedule", Map.of("_csrf", csrf, "publishAt", publishAt));
        assertThat(scheduled.location()).as(scheduled.mainText()).endsWith("?scheduled");
        return path;
    }
}
