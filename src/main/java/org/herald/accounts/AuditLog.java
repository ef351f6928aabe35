package org.herald.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to the audit log. Nothing in Herald updates or deletes its rows. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} to an entity (both may be null). */
    public void record(Actor actor, String action, String entity, Long entityId, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, entity, entity_id, detail, remote_addr)
                VALUES (:at, :actorId, :actorName, :action, :entity, :entityId, :detail, :remoteAddr)
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("actorId", actor.userId())
                .param("actorName", actor.name())
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("detail", detail)
                .param("remoteAddr", actor.remoteAddr())
                .update();
    }
}
