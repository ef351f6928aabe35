package org.herald.content;

import java.time.OffsetDateTime;
import java.util.List;

import org.herald.accounts.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code review_comment} table. */
@Component
class ReviewComments {

    static final int MAX_LENGTH = 10_000;

    private final JdbcClient jdbc;

    ReviewComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long itemId, int revisionNumber, ReviewComment.Kind kind, String body, Actor actor, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO review_comment (item_id, revision_number, kind, body, author_id, author_name, created_at)
                VALUES (:itemId, :revision, :kind, :body, :authorId, :authorName, :now)
                """)
                .param("itemId", itemId).param("revision", revisionNumber).param("kind", kind.name())
                .param("body", body).param("authorId", actor.userId()).param("authorName", actor.name())
                .param("now", now)
                .update();
    }

    List<ReviewComment> of(long itemId) {
        return jdbc.sql("""
                SELECT id, item_id, revision_number, kind, body, author_name, created_at FROM review_comment
                WHERE item_id = :itemId ORDER BY created_at, id
                """)
                .param("itemId", itemId)
                .query((rs, n) -> new ReviewComment(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("revision_number"),
                        ReviewComment.Kind.valueOf(rs.getString("kind")), rs.getString("body"),
                        rs.getString("author_name"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** A comment's text as stored: trimmed; null when there is none. */
    static String clean(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = body.strip();
        if (text.length() > MAX_LENGTH) {
            throw new ContentValidationException(java.util.Map.of("comment", "error.comment.too-long"));
        }
        return text;
    }
}
