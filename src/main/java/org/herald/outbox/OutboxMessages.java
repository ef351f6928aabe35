package org.herald.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code outbox_message} and {@code outbox_attempt} tables. */
@Component
class OutboxMessages {

    private static final String COLUMNS = """
            id, channel, idempotency_key, recipient, subject, body, html, headers, status, attempts, created_at,
            sent_at, last_error
            """;

    private final JdbcClient jdbc;
    private final Writes writes;

    OutboxMessages(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /**
     * Claims up to {@code limit} due messages of the channels for this node: their rows are locked
     * (rows other nodes hold are skipped) and their next attempt moved to {@code leaseUntil}, so no
     * other node takes them while this one sends, and any node takes them again if this one dies.
     * Runs in the caller's transaction; the attempt numbers returned are the claim's.
     */
    List<OutboxMessage> claim(List<String> channels, OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        List<OutboxMessage> due = jdbc.sql("SELECT " + COLUMNS + """
                        FROM outbox_message WHERE status = 'queued' AND next_attempt_at <= :now AND channel IN (:channels)
                        ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED
                        """)
                .param("now", now).param("channels", channels).param("limit", limit)
                .query((rs, row) -> message(rs, 1)).list();
        if (!due.isEmpty()) {
            writes.sql("UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = :lease WHERE id IN (:ids)")
                    .param("lease", leaseUntil).param("ids", due.stream().map(OutboxMessage::id).toList());
        }
        return due;
    }

    /**
     * Records an attempt and its outcome; the message's state changes only if it is still this
     * claim's (a node whose lease ran out while it sent does not undo a newer claim).
     */
    void record(OutboxMessage message, Outcome outcome, String node, long millis, OffsetDateTime now,
                OffsetDateTime retryAt, boolean giveUp) {
        writes.sql("""
                INSERT INTO outbox_attempt (message_id, attempted_at, node, outcome, status_code, duration_ms, detail)
                VALUES (:message, :at, :node, :outcome, :status, :millis, :detail)
                """).param("message", message.id()).param("at", now).param("node", node)
                .param("outcome", outcome.kind().name().toLowerCase(java.util.Locale.ROOT))
                .param("status", outcome.status()).param("millis", millis).param("detail", outcome.detail());
        String status = switch (outcome.kind()) {
            case SENT -> "sent";
            case FAILED -> "failed";
            case PAUSED -> "paused";
            case RETRY -> giveUp ? "failed" : Outbox.QUEUED;
        };
        writes.sql("""
                UPDATE outbox_message SET status = :status, next_attempt_at = :retryAt, last_error = :error,
                    sent_at = COALESCE(:sentAt, sent_at)
                WHERE id = :id AND attempts = :attempt AND status = 'queued'
                """).param("status", status).param("retryAt", retryAt).param("error", outcome.detail())
                .param("sentAt", outcome.kind() == Outcome.Kind.SENT ? now : null).param("id", message.id()).param("attempt", message.attempt());
    }

    /** Puts the paused messages to an endpoint back in the queue, due now. */
    void resume(String channel, String recipient, OffsetDateTime now) {
        writes.sql("""
                UPDATE outbox_message SET status = 'queued', next_attempt_at = :now
                WHERE channel = :channel AND recipient = :recipient AND status = 'paused'
                """).param("now", now).param("channel", channel).param("recipient", recipient);
    }

    /** Deletes every message to the recipient, with its attempts: a subscriber's data is gone when they leave. */
    void forget(String channel, String recipient) {
        writes.sql("""
                DELETE FROM outbox_attempt WHERE message_id IN
                    (SELECT id FROM outbox_message WHERE channel = :channel AND LOWER(recipient) = LOWER(:recipient))
                """).param("channel", channel).param("recipient", recipient);
        writes.sql("DELETE FROM outbox_message WHERE channel = :channel AND LOWER(recipient) = LOWER(:recipient)")
                .param("channel", channel).param("recipient", recipient);
    }

    /** What was sent or is waiting for the recipient: subject, state and times, for their export. */
    List<java.util.Map<String, Object>> sentTo(String channel, String recipient) {
        return jdbc.sql("""
                SELECT subject, status, created_at, sent_at FROM outbox_message
                WHERE channel = :channel AND LOWER(recipient) = LOWER(:recipient) ORDER BY id
                """).param("channel", channel).param("recipient", recipient).query((rs, row) -> {
                    java.util.Map<String, Object> mail = new java.util.LinkedHashMap<>();
                    mail.put("subject", rs.getString("subject"));
                    mail.put("status", rs.getString("status"));
                    mail.put("writtenAt", rs.getObject("created_at", OffsetDateTime.class).toInstant().toString());
                    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
                    mail.put("sentAt", sent == null ? null : sent.toInstant().toString());
                    return mail;
                }).list();
    }

    /** The newest messages of a channel, newest first. */
    List<OutboxMessage> latest(String channel, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE channel = :channel ORDER BY id DESC LIMIT :limit")
                .param("channel", channel).param("limit", limit).query((rs, row) -> message(rs, 0)).list();
    }

    /** The newest messages to one recipient of a channel, newest first. */
    List<OutboxMessage> latestTo(String channel, String recipient, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM outbox_message WHERE channel = :channel AND recipient = :recipient
                        ORDER BY id DESC LIMIT :limit
                        """)
                .param("channel", channel).param("recipient", recipient).param("limit", limit)
                .query((rs, row) -> message(rs, 0)).list();
    }

    /** Every attempt at the messages given, newest first. */
    List<OutboxAttempt> attempts(List<Long> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT message_id, attempted_at, node, outcome, status_code, duration_ms, detail FROM outbox_attempt
                WHERE message_id IN (:ids) ORDER BY attempted_at DESC, id DESC
                """).param("ids", messages).query((rs, row) -> new OutboxAttempt(rs.getLong("message_id"),
                        rs.getObject("attempted_at", OffsetDateTime.class), rs.getString("node"), rs.getString("outcome"),
                        (Integer) rs.getObject("status_code", Integer.class), rs.getLong("duration_ms"),
                        rs.getString("detail")))
                .list();
    }

    private static OutboxMessage message(ResultSet rs, int claim) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("channel"), rs.getString("idempotency_key"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("html"),
                rs.getString("headers"), rs.getString("status"), rs.getInt("attempts") + claim,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"));
    }
}
