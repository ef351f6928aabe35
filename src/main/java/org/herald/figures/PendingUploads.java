package org.herald.figures;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.herald.accounts.Actor;
import org.herald.accounts.Permission;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files uploaded in the back office and waiting for the editor to map their columns, kept in the
 * database (any node may serve the next step) and dropped once stored; never public.
 */
@Component
class PendingUploads {

    /** A file waiting. */
    record Pending(long id, String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Writes writes;
    private final Clock clock;

    PendingUploads(JdbcClient jdbc, Writes writes, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    @Transactional
    long hold(Actor actor, String fileName, byte[] content) {
        actor.require(Permission.DATASETS_EDIT);
        return writes.insert("""
                INSERT INTO dataset_upload (file_name, content, uploaded_by, uploaded_at)
                VALUES (:name, :content, :by, :at)
                """, Map.of("name", fileName, "content", content, "by", actor.name(), "at", OffsetDateTime.now(clock)),
                broken -> broken);
    }

    Optional<Pending> find(long id) {
        return jdbc.sql("SELECT id, file_name, content FROM dataset_upload WHERE id = :id").param("id", id)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Stores the waiting file through {@link UploadDataset} and drops it, in the same transaction. */
    @Transactional
    UploadDataset.Stored store(Actor actor, UploadDataset upload, long id, DatasetUpload file) {
        UploadDataset.Stored stored = upload.upload(actor, file);
        writes.sql("DELETE FROM dataset_upload WHERE id = :id").param("id", id);
        return stored;
    }
}
