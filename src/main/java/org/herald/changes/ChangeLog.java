package org.herald.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.herald.store.Writes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends to and reads the {@code change_log} table. */
@Component
public class ChangeLog {

    private final JdbcClient jdbc;
    /** The key under which a transaction's changes wait for its commit. */
    private static final Object PENDING = new Object();

    private final Writes writes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeLog(JdbcClient jdbc, Writes writes, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    /** Records a change; must run inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entity, long entityId, String language, String action) {
        announceAfterCommit(entity, entityId);
        writes.sql("""
                INSERT INTO change_log (entity, entity_id, language, action, changed_at)
                VALUES (:entity, :entityId, :language, :action, :at)
                """)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("language", language)
                .param("action", action)
                .param("at", OffsetDateTime.now(clock));
    }

    /**
     * Gathers the transaction's changes and publishes them, once it has committed, as
     * {@link ChangesCommitted}; nothing is announced for a transaction that rolls back.
     */
    private void announceAfterCommit(String entity, long entityId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<ChangesCommitted.Changed> pending = (List<ChangesCommitted.Changed>) TransactionSynchronizationManager
                .getResource(PENDING);
        if (pending == null) {
            List<ChangesCommitted.Changed> gathered = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING, gathered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(new ChangesCommitted(List.copyOf(gathered)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = gathered;
        }
        pending.add(new ChangesCommitted.Changed(entity, entityId));
    }

    /** The highest sequence number written so far, 0 when the log is empty. */
    public long latest() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_log").query(Long.class).single();
    }

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    public List<Change> since(long seq, int limit) {
        return jdbc.sql("""
                SELECT seq, entity, entity_id, language, action, changed_at
                FROM change_log WHERE seq > :seq ORDER BY seq LIMIT :limit
                """)
                .param("seq", seq)
                .param("limit", limit)
                .query(ChangeLog::change)
                .list();
    }

    /** The change numbered {@code seq}, if the log has it. */
    public Optional<Change> at(long seq) {
        return jdbc.sql("""
                SELECT seq, entity, entity_id, language, action, changed_at FROM change_log WHERE seq = :seq
                """)
                .param("seq", seq)
                .query(ChangeLog::change)
                .optional();
    }

    /** The newest change, if the log has any. */
    public Optional<Change> last() {
        return jdbc.sql("""
                SELECT seq, entity, entity_id, language, action, changed_at FROM change_log ORDER BY seq DESC LIMIT 1
                """)
                .query(ChangeLog::change)
                .optional();
    }

    private static Change change(ResultSet rs, int row) throws SQLException {
        return new Change(rs.getLong("seq"), rs.getString("entity"), rs.getLong("entity_id"),
                rs.getString("language"), rs.getString("action"), rs.getObject("changed_at", OffsetDateTime.class));
    }

    /** One entry of the change log. */
    public record Change(long seq, String entity, long entityId, String language, String action,
                         OffsetDateTime changedAt) {
    }
}
