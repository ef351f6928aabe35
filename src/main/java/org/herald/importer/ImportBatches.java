package org.herald.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.content.EditorialContent;
import org.herald.content.PublishContent;
import org.herald.content.SchedulerProperties;
import org.herald.importer.recover.ImportRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports started from the back office: an uploaded archive is imported in the background, its
 * progress kept in {@code import_batch} so that any node can show it; the items that came with
 * warnings wait in the review queue until someone accepts them (after correcting them in the
 * editor, if need be), which publishes them.
 * <p>
 * A batch outlives the node that runs it. Its archive is kept in the database until it ends, and
 * the node running it holds a lease that it renews every {@code batch-check} while it runs. Every
 * node looks as often for running batches whose lease has run out (their node died, was stopped
 * or lost the database) and takes one over: it counts again from the start and imports the
 * archive again, where the items already stored are found by their source key and skipped, so
 * nothing is stored twice and the counts end as one uninterrupted run would give them. A batch
 * that has stopped its nodes {@value #MAX_ATTEMPTS} times is marked failed.
 */
@Component
public class ImportBatches implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);
    private static final int QUEUE_PAGE = 200;
    static final int MAX_ATTEMPTS = 3;
    private static final String UPLOADS = "uploads";

    private final JdbcClient jdbc;
    private final Importer importer;
    private final PublishContent publish;
    private final EditorialContent content;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lease;
    private final String node;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-batches");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * The batches this process runs or has queued: the leases it renews. Not every batch with this
     * node's name: a node started again under the same name must not keep alive the lease of a
     * batch its previous run left unfinished, or no node would ever take that batch over.
     */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    ImportBatches(JdbcClient jdbc, Importer importer, PublishContent publish, EditorialContent content, AuditLog audit,
                  TransactionTemplate transaction, Clock clock, ImportProperties properties,
                  SchedulerProperties scheduler) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.publish = publish;
        this.content = content;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.lease = properties.batchLease();
        this.node = scheduler.nodeName();
    }

    /** A batch and how far it got. */
    public record Batch(long id, String fileName, String state, int done, int review, int failed, String message,
                        String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, int attempts) {
        public boolean running() {
            return BatchState.RUNNING.code().equals(state);
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
        long id = transaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO import_batch (file_name, state, started_by, run_by, lease_until)
                    VALUES (:name, :state, :by, :node, :until)
                    """).param("name", name).param("state", BatchState.RUNNING.code()).param("by", actor.name()).param("node", node).param("until", leaseEnd())
                    .update(key, "id");
            long batch = key.getKey().longValue();
            jdbc.sql("INSERT INTO import_batch_archive (batch_id, bytes) VALUES (:id, :bytes)")
                    .param("id", batch).param("bytes", archive).update();
            audit.record(actor, "import.start", "import_batch", batch, name);
            return batch;
        });
        held.add(id);
        runner.submit(() -> run(id, name));
        return id;
    }

    /**
     * Renews the leases of the batches this node runs or has queued, then takes over one running
     * batch whose lease has run out, if any. Runs in every node of the web application.
     */
    @Scheduled(fixedDelayString = "${herald.import.batch-check:10s}", initialDelayString = "${herald.import.batch-check:10s}")
    void tend() {
        if (stopping) {
            return;
        }
        try {
            if (!held.isEmpty()) {
                jdbc.sql("UPDATE import_batch SET lease_until = :until WHERE id IN (:ids) AND run_by = :node")
                        .param("until", leaseEnd()).param("ids", List.copyOf(held)).param("node", node).update();
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("""
                    SELECT id, file_name, attempts FROM import_batch
                    WHERE state = 'running' AND (lease_until IS NULL OR lease_until < :now) ORDER BY id
                    """).param("now", now)
                    .query((rs, n) -> new Abandoned(rs.getLong(1), rs.getString(2), rs.getInt(3))).list().stream()
                    .filter(batch -> takeOver(batch, now)).findFirst()
                    .ifPresent(batch -> runner.submit(() -> run(batch.id(), batch.fileName())));
        } catch (RuntimeException e) {
            // The database is out of reach: the leases run out, and the batches are taken over when it is back.
            log.warn("Import batches on {} could not be tended: {}", node, e.toString());
        }
    }

    /**
     * Claims a batch whose lease ran out at {@code now}, its counts started again from zero; false
     * when another node claimed it since it was read (its attempts are no longer those read, so the
     * count of this attempt is the one read plus one). A batch already tried {@value #MAX_ATTEMPTS}
     * times is marked failed instead.
     */
    private boolean takeOver(Abandoned batch, OffsetDateTime now) {
        long id = batch.id();
        int claimed = jdbc.sql("""
                UPDATE import_batch SET run_by = :node, lease_until = :until, attempts = attempts + 1,
                    items_done = 0, items_review = 0, items_failed = 0
                WHERE id = :id AND state = 'running' AND attempts = :attempts
                    AND (lease_until IS NULL OR lease_until < :now)
                """).param("node", node).param("until", leaseEnd()).param("id", id).param("attempts", batch.attempts())
                .param("now", now).update();
        if (claimed == 0) {
            return false;
        }
        int attempts = batch.attempts() + 1;
        if (attempts > MAX_ATTEMPTS) {
            finish(id, BatchState.FAILED, "stopped its node " + MAX_ATTEMPTS + " times");
            return false;
        }
        log.info("Import batch {} taken over by {} (attempt {})", id, node, attempts);
        held.add(id);
        return true;
    }

    /** A running batch whose lease has run out, as read before claiming it. */
    private record Abandoned(long id, String fileName, int attempts) {
    }

    private OffsetDateTime leaseEnd() {
        return OffsetDateTime.now(clock).plus(lease);
    }

    public Optional<Batch> find(long id) {
        return jdbc.sql("SELECT * FROM import_batch WHERE id = :id").param("id", id).query(ImportBatches::batch).optional();
    }

    /** The latest batches, newest first. */
    public List<Batch> recent() {
        return jdbc.sql("SELECT * FROM import_batch ORDER BY id DESC LIMIT 20").query(ImportBatches::batch).list();
    }

    /** How many items imported with warnings wait for review. */
    public long reviewCount() {
        return jdbc.sql("SELECT COUNT(*) FROM import_source WHERE status = :review")
                .param("review", SourceStatus.REVIEW.code()).query(Long.class).single();
    }

    /** Items imported with warnings and not accepted yet, oldest first, with their working titles. */
    public List<ReviewItem> reviewQueue() {
        record Waiting(long contentId, String source, List<String> warnings, OffsetDateTime importedAt) {
        }
        List<Waiting> waiting = jdbc.sql("""
                SELECT content_id, source_name, warnings, imported_at FROM import_source
                WHERE status = :review ORDER BY imported_at, content_id LIMIT :limit
                """).param("review", SourceStatus.REVIEW.code()).param("limit", QUEUE_PAGE)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null || rs.getString(3).isEmpty() ? List.of()
                                : Arrays.asList(rs.getString(3).split(",")),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
        Map<Long, String> titles = content.titles(waiting.stream().map(Waiting::contentId).toList());
        return waiting.stream().filter(item -> titles.containsKey(item.contentId()))
                .map(item -> new ReviewItem(item.contentId(), item.source(), titles.get(item.contentId()),
                        item.warnings(), item.importedAt()))
                .toList();
    }

    /**
     * Accepts a reviewed item: it is published as it now reads (corrections made in the editor
     * included) and leaves the queue. False when the item is not waiting for review.
     */
    @Transactional
    public boolean accept(Actor actor, long contentId) {
        actor.require(Permission.IMPORT);
        int updated = jdbc.sql("UPDATE import_source SET status = :accepted WHERE content_id = :id AND status = :review")
                .param("accepted", SourceStatus.ACCEPTED.code()).param("review", SourceStatus.REVIEW.code())
                .param("id", contentId).update();
        if (updated == 0) {
            return false;
        }
        publish.publish(actor, contentId);
        audit.record(actor, "import.accept", "content_item", contentId, null);
        return true;
    }

    /** Runs a batch this node holds, from its archive in the database. */
    private void run(long id, String name) {
        Path file = null;
        try {
            file = archive(id, name);
            importer.run(List.of(file.getParent()), false, id, record -> progress(id, record.outcome()));
            finish(id, BatchState.DONE, null);
        } catch (LostBatchException lost) {
            log.warn("Import batch {}: {} no longer holds it; it stops here", id, node);
        } catch (RuntimeException e) {
            if (stopping) {
                // The node is shutting down: the batch is left for the next node to take over.
                release(id);
                return;
            }
            log.warn("Import batch {} failed", id, e);
            finish(id, BatchState.FAILED, e.getClass().getSimpleName());
        } finally {
            held.remove(id);
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.getParent());
                    Files.deleteIfExists(file.getParent().getParent());
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }

    /**
     * Counts as the importer goes; the progress page reads them. A node that has lost the batch
     * to another (its lease ran out while it was cut off) stops: its counts are no longer the batch's.
     */
    void progress(long id, ImportRecord.Status status) {
        String column = switch (status) {
            case REVIEW -> "items_review";
            case FAILED -> "items_failed";
            default -> "items_done";
        };
        int counted = jdbc.sql("UPDATE import_batch SET " + column + " = " + column + " + 1 WHERE id = :id AND run_by = :node")
                .param("id", id).param("node", node).update();
        if (counted == 0) {
            throw new LostBatchException();
        }
    }

    /** Ends a batch this node holds and drops its archive. */
    private void finish(long id, BatchState state, String message) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE import_batch SET state = :state, message = :message, finished_at = CURRENT_TIMESTAMP,
                        lease_until = NULL
                    WHERE id = :id AND run_by = :node
                    """).param("state", state.code()).param("message", message).param("id", id).param("node", node).update();
            jdbc.sql("DELETE FROM import_batch_archive WHERE batch_id = :id").param("id", id).update();
        });
    }

    /** Gives a batch up at once, for another node (or this one, started again) to take over. */
    private void release(long id) {
        try {
            jdbc.sql("UPDATE import_batch SET lease_until = NULL WHERE id = :id AND run_by = :node")
                    .param("id", id).param("node", node).update();
        } catch (RuntimeException e) {
            log.warn("Import batch {} could not be released; it is taken over when its lease runs out", id, e);
        }
    }

    /**
     * The batch's archive, copied from the database to a temporary file for the importer to read,
     * in a folder named {@value #UPLOADS}. The importer is given that folder, so the items' sources
     * ("uploads/archive.zip!/a.txt"), and with them their keys, are the same on every node and in
     * every run: an archive uploaded again, or a batch taken over, finds the items already stored.
     */
    private Path archive(long id, String name) {
        byte[] bytes = jdbc.sql("SELECT bytes FROM import_batch_archive WHERE batch_id = :id").param("id", id)
                .query(byte[].class).optional()
                .orElseThrow(() -> new IllegalStateException("the archive of batch " + id + " is gone"));
        try {
            Path folder = Files.createDirectory(Files.createTempDirectory("herald-import-").resolve(UPLOADS));
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown from a batch's progress when another node has taken the batch over. */
    private static final class LostBatchException extends RuntimeException {
        LostBatchException() {
            super("the batch was taken over by another node", null, false, false);
        }
    }

    private static Batch batch(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Batch(rs.getLong("id"), rs.getString("file_name"), rs.getString("state"), rs.getInt("items_done"),
                rs.getInt("items_review"), rs.getInt("items_failed"), rs.getString("message"),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getInt("attempts"));
    }

    @Override
    public void destroy() {
        stopping = true;
        runner.shutdownNow();
    }
}
