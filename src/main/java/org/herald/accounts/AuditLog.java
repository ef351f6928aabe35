package org.herald.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log, and searches it for administrators. Nothing in Herald updates or
 * deletes its rows, and the database refuses to (a trigger, see {@code V15__AuditLogAppendOnly}).
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Writes writes;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Writes writes, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} to an entity (both may be null), in the
     * caller's transaction if there is one.
     */
    @Transactional
    public void record(Actor actor, String action, String entity, Long entityId, String detail) {
        writes.sql("""
                INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, entity, entity_id, detail, remote_addr)
                VALUES (:at, :actorId, :actorName, :action, :entity, :entityId, :detail, :address)
                """)
                .param("at", OffsetDateTime.now(clock)).param("actorId", actor.userId()).param("actorName", actor.name())
                .param("action", action).param("entity", entity).param("entityId", entityId).param("detail", detail)
                .param("address", actor.remoteAddr());
    }

    /**
     * What an administrator looks for. Every field is optional (null or blank for any).
     *
     * @param actor   part of the actor's name, ignoring case
     * @param action  an action or the start of one ("content." for every content action)
     * @param entity  the kind of thing acted on ("content_item", "user", "media")
     * @param from    the first day, in {@code zone}
     * @param to      the last day, in {@code zone}
     * @param page    1-based
     */
    public record Query(String actor, String action, String entity, Long entityId, String address, LocalDate from,
                        LocalDate to, ZoneId zone, int page, int size) {
    }

    /** One line of the log. */
    public record Entry(long id, OffsetDateTime occurredAt, Long actorId, String actorName, String action,
                        String entity, Long entityId, String detail, String remoteAddr) {
    }

    /** A page of search results, newest first. */
    public record Page(List<Entry> entries, int page, int size, long total) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < totalPages();
        }
    }

    /** Searches the log; needs {@link Permission#AUDIT_READ}. */
    public Page search(Actor reader, Query query) {
        reader.require(Permission.AUDIT_READ);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (present(query.actor())) {
            where.append(" AND actor_name ILIKE :actor");
            params.put("actor", "%" + like(query.actor().trim()) + "%");
        }
        if (present(query.action())) {
            where.append(" AND action LIKE :action");
            params.put("action", like(query.action().trim()) + "%");
        }
        if (present(query.entity())) {
            where.append(" AND entity = :entity");
            params.put("entity", query.entity().trim());
        }
        if (query.entityId() != null) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", query.entityId());
        }
        if (present(query.address())) {
            where.append(" AND remote_addr = :address");
            params.put("address", query.address().trim());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", query.from().atStartOfDay(query.zone()).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(query.zone()).toOffsetDateTime());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        List<Entry> entries = jdbc.sql("""
                SELECT id, occurred_at, actor_id, actor_name, action, entity, entity_id, detail, remote_addr
                FROM audit_log""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        (Long) rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("action"),
                        rs.getString("entity"), (Long) rs.getObject("entity_id", Long.class), rs.getString("detail"),
                        rs.getString("remote_addr")))
                .list();
        return new Page(entries, query.page(), query.size(), total);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The text with LIKE's wildcards taken literally. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
