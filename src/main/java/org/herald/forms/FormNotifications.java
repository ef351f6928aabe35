package org.herald.forms;

import java.time.OffsetDateTime;
import java.util.List;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mails to the office that submissions queue, in {@code form_notification}, written in the
 * submission's transaction. Herald's outbox (issue 23) is to take them from {@link #pending} and
 * mark them handed over; until it lands they wait here, and nothing is sent.
 */
@Component
public class FormNotifications {

    private final JdbcClient jdbc;
    private final Writes writes;

    FormNotifications(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** A notification waiting to be sent. */
    public record Notification(long id, long submissionId, String to, String subject, String body) {
    }

    void queue(long submissionId, String to, String subject, String body, OffsetDateTime at) {
        writes.sql("""
                INSERT INTO form_notification (submission_id, to_address, subject, body, queued_at)
                VALUES (:submission, :to, :subject, :body, :at)
                """).param("submission", submissionId).param("to", to).param("subject", subject).param("body", body)
                .param("at", at);
    }

    /** The notifications not yet handed to the outbox, oldest first. */
    public List<Notification> pending(int limit) {
        return jdbc.sql("""
                SELECT id, submission_id, to_address, subject, body FROM form_notification
                WHERE handed_at IS NULL ORDER BY id LIMIT :limit
                """).param("limit", limit).query((rs, row) -> new Notification(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }
}
