package org.herald.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.content.PublishContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports started from the back office: an uploaded archive is imported in the background on
 * the node that received it, its progress kept in {@code import_batch} so that any node can
 * show it; the items that came with warnings wait in the review queue until someone accepts
 * them (after correcting them in the editor, if need be), which publishes them.
 */
@Component
public class ImportBatches implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);
    private static final int QUEUE_PAGE = 200;

    private final JdbcClient jdbc;
    private final Importer importer;
    private final PublishContent publish;
    private final AuditLog audit;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-batches");
        thread.setDaemon(true);
        return thread;
    });

    ImportBatches(JdbcClient jdbc, Importer importer, PublishContent publish, AuditLog audit) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.publish = publish;
        this.audit = audit;
    }

    /** A batch and how far it got. */
    public record Batch(long id, String fileName, String state, int done, int review, int failed, String message,
                        String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        public boolean running() {
            return "running".equals(state);
        }
    }

    /** An imported item waiting for review, with what the import was unsure of. */
    public record ReviewItem(long contentId, String source, String title, List<String> warnings,
                             OffsetDateTime importedAt) {
    }

    /** Starts importing the uploaded archive in the background; returns the batch's id. */
    public long start(Actor actor, String fileName, byte[] archive) {
        actor.require(Permission.IMPORT);
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        Path file = store(name, archive);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_batch (file_name, state, started_by) VALUES (:name, 'running', :by)")
                .param("name", name).param("by", actor.name()).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(actor, "import.start", "import_batch", id, name);
        runner.submit(() -> run(id, file));
        return id;
    }

    public Optional<Batch> find(long id) {
        return jdbc.sql("SELECT * FROM import_batch WHERE id = :id").param("id", id).query(ImportBatches::batch).optional();
    }

    /** The latest batches, newest first. */
    public List<Batch> recent() {
        return jdbc.sql("SELECT * FROM import_batch ORDER BY id DESC LIMIT 20").query(ImportBatches::batch).list();
    }

    /** Items imported with warnings and not accepted yet, oldest first. */
    public List<ReviewItem> reviewQueue() {
        return jdbc.sql("""
                SELECT s.content_id, s.source_name, c.title, s.warnings, s.imported_at
                FROM import_source s JOIN content_item c ON c.id = s.content_id
                WHERE s.status = 'review' ORDER BY s.imported_at, s.content_id LIMIT :limit
                """).param("limit", QUEUE_PAGE)
                .query((rs, n) -> new ReviewItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of()
                                : Arrays.asList(rs.getString(4).split(",")),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /**
     * Accepts a reviewed item: it is published as it now reads (corrections made in the editor
     * included) and leaves the queue. False when the item is not waiting for review.
     */
    @Transactional
    public boolean accept(Actor actor, long contentId) {
        actor.require(Permission.IMPORT);
        int updated = jdbc.sql("UPDATE import_source SET status = 'accepted' WHERE content_id = :id AND status = 'review'")
                .param("id", contentId).update();
        if (updated == 0) {
            return false;
        }
        publish.publish(actor, contentId);
        audit.record(actor, "import.accept", "content_item", contentId, null);
        return true;
    }

    private void run(long id, Path file) {
        try {
            importer.run(List.of(file), false, id, record -> progress(id, record.status()));
            finish(id, "done", null);
        } catch (RuntimeException e) {
            log.warn("Import batch {} failed", id, e);
            finish(id, "failed", e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }

    /** Counts as the importer goes; the progress page reads them. */
    void progress(long id, String status) {
        String column = switch (status) {
            case "review" -> "items_review";
            case "failed" -> "items_failed";
            default -> "items_done";
        };
        jdbc.sql("UPDATE import_batch SET " + column + " = " + column + " + 1 WHERE id = :id").param("id", id).update();
    }

    private void finish(long id, String state, String message) {
        jdbc.sql("UPDATE import_batch SET state = :state, message = :message, finished_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("state", state).param("message", message).param("id", id).update();
    }

    private static Path store(String name, byte[] archive) {
        try {
            Path folder = Files.createTempDirectory("herald-import-");
            return Files.write(folder.resolve(name), archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Batch batch(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Batch(rs.getLong("id"), rs.getString("file_name"), rs.getString("state"), rs.getInt("items_done"),
                rs.getInt("items_review"), rs.getInt("items_failed"), rs.getString("message"),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
