package org.herald.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.herald.accounts.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code preview_link} and {@code preview_view} tables. */
@Component
class PreviewLinks {

    private static final String COLUMNS = """
            SELECT l.id, l.item_id, l.recipient, l.created_at, l.created_by_name, l.expires_at, l.revoked_at,
                   l.revoked_by_name,
                   (SELECT COUNT(*) FROM preview_view v WHERE v.link_id = l.id) AS views,
                   (SELECT MAX(v.viewed_at) FROM preview_view v WHERE v.link_id = l.id) AS last_viewed_at
            FROM preview_link l
            """;

    private final JdbcClient jdbc;

    PreviewLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, String tokenHash, String recipient, OffsetDateTime expiresAt, Actor actor,
                OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO preview_link (item_id, token_hash, recipient, created_at, created_by, created_by_name,
                    expires_at)
                VALUES (:itemId, :hash, :recipient, :now, :actorId, :actorName, :expires)
                """)
                .param("itemId", itemId).param("hash", tokenHash).param("recipient", recipient).param("now", now)
                .param("actorId", actor.userId()).param("actorName", actor.name()).param("expires", expiresAt)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<PreviewLink> byTokenHash(String hash) {
        return jdbc.sql(COLUMNS + " WHERE l.token_hash = :hash").param("hash", hash).query(PreviewLinks::link)
                .optional();
    }

    Optional<PreviewLink> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE l.id = :id").param("id", id).query(PreviewLinks::link).optional();
    }

    List<PreviewLink> ofItem(long itemId) {
        return jdbc.sql(COLUMNS + " WHERE l.item_id = :itemId ORDER BY l.created_at DESC, l.id DESC")
                .param("itemId", itemId).query(PreviewLinks::link).list();
    }

    List<PreviewView> viewsOfItem(long itemId) {
        return jdbc.sql("""
                SELECT v.link_id, l.recipient, v.viewed_at, v.remote_addr, v.user_agent
                FROM preview_view v JOIN preview_link l ON l.id = v.link_id
                WHERE l.item_id = :itemId ORDER BY v.viewed_at DESC, v.id DESC
                """)
                .param("itemId", itemId)
                .query((rs, n) -> new PreviewView(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    void revoke(long id, Actor actor, OffsetDateTime now) {
        jdbc.sql("UPDATE preview_link SET revoked_at = :now, revoked_by_name = :name WHERE id = :id AND revoked_at IS NULL")
                .param("now", now).param("name", actor.name()).param("id", id).update();
    }

    void recordView(long linkId, String address, String userAgent, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO preview_view (link_id, viewed_at, remote_addr, user_agent)
                VALUES (:linkId, :now, :address, :agent)
                """)
                .param("linkId", linkId).param("now", now).param("address", address)
                .param("agent", userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length())))
                .update();
    }

    private static PreviewLink link(ResultSet rs, int row) throws SQLException {
        return new PreviewLink(rs.getLong("id"), rs.getLong("item_id"), rs.getString("recipient"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by_name"),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_by_name"), rs.getLong("views"),
                rs.getObject("last_viewed_at", OffsetDateTime.class));
    }
}
