package org.herald.forms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.herald.outbox.Outbox;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The submissions, in {@code form_submission}. */
@Component
class Submissions {

    private final JdbcClient jdbc;
    private final Writes writes;
    private final FormJson json;
    private final Outbox outbox;

    Submissions(JdbcClient jdbc, Writes writes, FormJson json, Outbox outbox) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
    }

    long insert(long formId, String language, OffsetDateTime at, String email, String sender,
                Map<String, List<String>> values) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("form", formId);
        row.put("language", language);
        row.put("at", at);
        row.put("email", email);
        row.put("sender", sender);
        row.put("values", json.write(values));
        return writes.insert("""
                INSERT INTO form_submission (form_id, language, submitted_at, email, sender_hash, values_json)
                VALUES (:form, :language, :at, :email, :sender, :values)
                """, row, IllegalStateException::new);
    }

    /** How many submissions came from this sender since {@code since}, every form together. */
    int countFrom(String sender, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM form_submission WHERE sender_hash = :sender AND submitted_at >= :since")
                .param("sender", sender).param("since", since.atOffset(ZoneOffset.UTC)).query(Integer.class).single();
    }

    /** A form's submissions, newest first. */
    List<Submission> of(long formId) {
        return jdbc.sql("""
                SELECT id, form_id, language, submitted_at, email, values_json FROM form_submission
                WHERE form_id = :form ORDER BY submitted_at DESC, id DESC
                """).param("form", formId).query((rs, row) -> new Submission(rs.getLong(1), rs.getLong(2),
                        rs.getString(3).trim(), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        json.values(rs.getString(6)))).list();
    }

    /** Deletes a form's submissions made before {@code before}; how many. */
    int deleteBefore(long formId, Instant before) {
        OffsetDateTime at = before.atOffset(ZoneOffset.UTC);
        int count = jdbc.sql("SELECT COUNT(*) FROM form_submission WHERE form_id = :form AND submitted_at < :before")
                .param("form", formId).param("before", at).query(Integer.class).single();
        outbox.forget(keys(jdbc.sql("SELECT id FROM form_submission WHERE form_id = :form AND submitted_at < :before")
                .param("form", formId).param("before", at).query(Long.class).list()));
        writes.sql("DELETE FROM form_submission WHERE form_id = :form AND submitted_at < :before")
                .param("form", formId).param("before", at);
        return count;
    }

    /** Deletes every submission giving this e-mail address, of every form; how many. */
    int deleteByEmail(String email) {
        int count = jdbc.sql("SELECT COUNT(*) FROM form_submission WHERE email = :email").param("email", email)
                .query(Integer.class).single();
        outbox.forget(keys(jdbc.sql("SELECT id FROM form_submission WHERE email = :email").param("email", email)
                .query(Long.class).list()));
        writes.sql("DELETE FROM form_submission WHERE email = :email").param("email", email);
        return count;
    }

    /** The outbox's key of the office's notification of a submission. */
    static String notificationKey(long submissionId) {
        return "form-submission-" + submissionId;
    }

    private static List<String> keys(List<Long> submissionIds) {
        return submissionIds.stream().map(Submissions::notificationKey).toList();
    }
}
