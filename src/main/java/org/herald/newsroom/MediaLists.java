package org.herald.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of the media lists: {@code journalist}, {@code media_list}, {@code media_list_member}, {@code release_send}. */
@Component
class MediaLists {

    private static final String JOURNALIST = """
            SELECT j.id, j.name, j.email, j.outlet, j.beat, j.languages, j.countries, j.suppressed_at,
                   j.suppressed_reason,
                   (SELECT string_agg(l.name, ', ') FROM media_list_member m JOIN media_list l ON l.id = m.list_id
                    WHERE m.journalist_id = j.id) AS lists
            FROM journalist j
            """;
    private static final String SEND = """
            SELECT s.id, s.item_id, s.title, s.journalist_id, j.name, j.email, s.embargoed, s.status, s.queued_at,
                   s.updated_at, s.sent_at, s.detail
            FROM release_send s JOIN journalist j ON j.id = s.journalist_id
            """;

    private final JdbcClient jdbc;
    private final Writes writes;

    MediaLists(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    List<MediaList> lists() {
        return jdbc.sql("""
                SELECT l.id, l.name, (SELECT COUNT(*) FROM media_list_member m WHERE m.list_id = l.id) AS members
                FROM media_list l ORDER BY l.name
                """).query((rs, row) -> new MediaList(rs.getLong("id"), rs.getString("name"), rs.getLong("members")))
                .list();
    }

    List<Journalist> journalists() {
        return jdbc.sql(JOURNALIST + " ORDER BY j.name, j.id").query(MediaLists::journalist).list();
    }

    Optional<Journalist> journalist(long id) {
        return jdbc.sql(JOURNALIST + " WHERE j.id = :id").param("id", id).query(MediaLists::journalist).optional();
    }

    /** The journalists on any of the lists, each once. */
    List<Journalist> members(List<Long> lists) {
        if (lists.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(JOURNALIST + """
                 WHERE j.id IN (SELECT journalist_id FROM media_list_member WHERE list_id IN (:lists)) ORDER BY j.id
                """).param("lists", lists).query(MediaLists::journalist).list();
    }

    long insertList(String name, OffsetDateTime now) {
        return writes.insert("INSERT INTO media_list (name, created_at) VALUES (:name, :now)",
                Map.of("name", name, "now", now), broken -> new MediaListException("admin.media-lists.error.taken"));
    }

    long insertJournalist(String name, String email, String outlet, String beat, List<String> languages,
                          List<String> countries, OffsetDateTime now) {
        return writes.insert("""
                INSERT INTO journalist (name, email, outlet, beat, languages, countries, created_at)
                VALUES (:name, :email, :outlet, :beat, :languages, :countries, :now)
                """, Map.of("name", name, "email", email, "outlet", outlet, "beat", beat,
                "languages", String.join(",", languages), "countries", String.join(",", countries), "now", now),
                broken -> new MediaListException("admin.media-lists.error.taken"));
    }

    void addMember(long list, long journalist) {
        writes.sql("INSERT INTO media_list_member (list_id, journalist_id) VALUES (:list, :journalist)")
                .param("list", list).param("journalist", journalist);
    }

    void suppress(String email, String reason, OffsetDateTime now) {
        writes.sql("""
                UPDATE journalist SET suppressed_at = :now, suppressed_reason = :reason
                WHERE LOWER(email) = LOWER(:email) AND suppressed_at IS NULL
                """).param("now", now).param("reason", reason).param("email", email);
    }

    void clear(long journalist) {
        writes.sql("UPDATE journalist SET suppressed_at = NULL, suppressed_reason = NULL WHERE id = :id")
                .param("id", journalist);
    }

    boolean alreadySent(long item, long journalist, boolean embargoed) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM release_send WHERE item_id = :item AND journalist_id = :journalist
                AND embargoed = :embargoed
                """).param("item", item).param("journalist", journalist).param("embargoed", embargoed)
                .query(Long.class).single() > 0;
    }

    void insertSend(long item, String title, long journalist, boolean embargoed, String key, String status,
                    OffsetDateTime now) {
        writes.sql("""
                INSERT INTO release_send (item_id, title, journalist_id, embargoed, message_key, status, queued_at,
                                          updated_at)
                VALUES (:item, :title, :journalist, :embargoed, :key, :status, :now, :now)
                """).param("item", item).param("title", title).param("journalist", journalist)
                .param("embargoed", embargoed).param("key", key).param("status", status).param("now", now);
    }

    /** The sends waiting for the item's publication. */
    List<ReleaseSend> waiting(long item) {
        return jdbc.sql(SEND + " WHERE s.item_id = :item AND s.status = 'waiting' ORDER BY s.id").param("item", item)
                .query(MediaLists::send).list();
    }

    void updateSend(String key, String status, String detail, OffsetDateTime now) {
        writes.sql("""
                UPDATE release_send SET status = :status, detail = :detail, updated_at = :now,
                    sent_at = CASE WHEN :sent THEN :now ELSE sent_at END
                WHERE message_key = :key
                """).param("status", status).param("detail", detail).param("now", now)
                .param("sent", "sent".equals(status)).param("key", key);
    }

    List<ReleaseSend> sendsOf(long item) {
        return jdbc.sql(SEND + " WHERE s.item_id = :item ORDER BY j.name, s.id").param("item", item)
                .query(MediaLists::send).list();
    }

    List<ReleaseSend> sendsTo(long journalist) {
        return jdbc.sql(SEND + " WHERE s.journalist_id = :journalist ORDER BY s.id DESC").param("journalist", journalist)
                .query(MediaLists::send).list();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Journalist journalist(ResultSet rs, int row) throws SQLException {
        return new Journalist(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("outlet"),
                rs.getString("beat"), split(rs.getString("languages")), split(rs.getString("countries")),
                rs.getObject("suppressed_at", OffsetDateTime.class), rs.getString("suppressed_reason"),
                rs.getString("lists") == null ? List.of() : List.of(rs.getString("lists").split(", ")));
    }

    private static ReleaseSend send(ResultSet rs, int row) throws SQLException {
        return new ReleaseSend(rs.getLong("id"), rs.getLong("item_id"), rs.getString("title"),
                rs.getLong("journalist_id"), rs.getString("name"), rs.getString("email"), rs.getBoolean("embargoed"),
                rs.getString("status"), rs.getObject("queued_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("detail"));
    }
}
