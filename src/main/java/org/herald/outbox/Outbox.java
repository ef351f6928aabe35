package org.herald.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.internet.InternetAddress;

import org.herald.store.Writes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message in the outbox, in the caller's transaction: it is sent only if that transaction
 * commits, and it is sent however many nodes crash meanwhile. Nothing is sent from here.
 */
@Component
public class Outbox {

    static final String MAIL = "mail";
    static final String WEBHOOK = "webhook";
    static final String QUEUED = "queued";

    private static final String INSERT = """
            INSERT INTO outbox_message (channel, idempotency_key, recipient, subject, body, html, headers, status,
                                        attempts, next_attempt_at, created_at)
            VALUES (:channel, :key, :recipient, :subject, :body, :html, :headers, 'queued', 0, :now, :now)
            """;

    private final Writes writes;
    private final Clock clock;

    Outbox(Writes writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Queues a mail under an idempotency key unique to it (a second message with the same key
     * is refused by the database, so the caller's transaction fails rather than sending twice).
     *
     * @throws MailRefusedException when the address is invalid or a header has a line break
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mail(String key, Mail mail) {
        MailChecks.check(mail);
        String headers = mail.headers().entrySet().stream().map(h -> h.getKey() + ": " + h.getValue())
                .collect(Collectors.joining("\n"));
        String to = recipient(mail);
        insert(MAIL, key, to, mail.subject(), mail.text(), mail.html(), headers.isEmpty() ? null : headers);
    }

    /** The address as the To header writes it, the name quoted or encoded as needed. */
    private static String recipient(Mail mail) {
        if (mail.name() == null || mail.name().isBlank()) {
            return mail.to().trim();
        }
        try {
            return new InternetAddress(mail.to().trim(), mail.name(), "UTF-8").toString();
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Forgets the messages queued or sent under these keys, with their attempts: when what a
     * message carries must be deleted (a person's form submission, on request or at the end of its
     * retention), its copy in the outbox goes too, whether or not it has been sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(java.util.Collection<String> keys) {
        if (!keys.isEmpty()) {
            writes.sql("DELETE FROM outbox_message WHERE idempotency_key IN (:keys)").param("keys", List.copyOf(keys));
        }
    }

    /** Queues a webhook's payload for one endpoint; {@code key} becomes its {@code webhook-id}. */
    void webhook(String key, long endpoint, String type, String payload) {
        insert(WEBHOOK, key, String.valueOf(endpoint), type, payload, null, null);
    }

    private void insert(String channel, String key, String recipient, String subject, String body, String html,
                        String headers) {
        writes.sql(INSERT).params(Map.of("channel", channel, "key", key, "recipient", recipient, "body", body,
                        "now", OffsetDateTime.now(clock)))
                .param("subject", subject).param("html", html).param("headers", headers);
    }
}
