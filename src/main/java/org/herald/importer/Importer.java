package org.herald.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.herald.content.ContentValidationException;
import org.herald.importer.archive.ArchiveLimits;
import org.herald.importer.archive.SourceFile;
import org.herald.importer.archive.Sources;
import org.herald.importer.crawl.PageChrome;
import org.herald.importer.read.ItemSink;
import org.herald.importer.read.RawItem;
import org.herald.importer.read.Readers;
import org.herald.importer.recover.ImportRecord;
import org.herald.importer.recover.Recovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Imports archives: walks the files, reads each in its format, recovers each item's structure
 * and stores it in a transaction of its own (or, in a dry run, only reports what it would do).
 * An item that fails is reported with the reason and the run goes on. Items are handed to the
 * caller one by one, as they are done: nothing of the archive is held in memory beyond the file
 * being read.
 */
@Component
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    /** How many of a batch's first files its chrome is learned from. */
    private static final int CHROME_SAMPLE = 200;

    private final Recovery recovery;
    private final ImportItem importItem;
    private final ImportProperties properties;

    Importer(Recovery recovery, ImportItem importItem, ImportProperties properties) {
        this.recovery = recovery;
        this.importItem = importItem;
        this.properties = properties;
    }

    /**
     * Imports everything under {@code paths}.
     *
     * @param batchId the back-office upload the items belong to, or null
     * @param out     receives each item's record as it is done
     */
    public ImportSummary run(List<Path> paths, boolean dryRun, Long batchId, Consumer<ImportRecord> out) {
        ImportSummary summary = new ImportSummary();
        importItem.startRun();
        recovery.startRun();
        ArchiveLimits limits = properties.archiveLimits();
        int workers = Math.max(1, properties.workers());
        PageChrome chrome = learnChrome(paths, limits);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        InOrder inOrder = new InOrder(workers * 4, record -> {
            summary.count(record.outcome());
            out.accept(record);
        });
        try {
            // The walk only reads the files; decoding and parsing them is the workers' job too,
            // or on a machine with few cores the walk would hold them up.
            new Sources(limits).walk(paths, file -> inOrder.add(pool.submit(() -> readFile(file, chrome, pool, dryRun,
                    batchId))));
            inOrder.drainAll();
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    /**
     * The records of a file's items, in the file's order. A file of one item (a crawled page, an
     * HTML page) is imported by the worker that read it; the items of a file that holds many (a
     * WXR export, JSON Lines) are shared out among the workers.
     */
    private List<Future<ImportRecord>> readFile(SourceFile file, PageChrome chrome, ExecutorService pool,
                                                boolean dryRun, Long batchId) {
        List<Pending> found = new ArrayList<>();
        Readers.read(file, chrome, new ItemSink() {
            @Override
            public void item(RawItem item) {
                found.add(new Pending(item.identity(), () -> importOne(item, dryRun, batchId)));
            }

            @Override
            public void failed(String source, String reason) {
                ImportRecord failed = ImportRecord.failed(source, reason);
                found.add(new Pending(null, () -> failed));
            }
        });
        if (found.size() == 1) {
            return List.of(CompletableFuture.completedFuture(found.get(0).work().get()));
        }
        // An item given again later in the file (an export with a post twice) waits for the earlier
        // one, so the later one is the one kept, as it would be were the file read in order.
        Map<String, CompletableFuture<ImportRecord>> lastOf = new HashMap<>();
        List<Future<ImportRecord>> records = new ArrayList<>();
        for (Pending item : found) {
            CompletableFuture<ImportRecord> earlier = item.identity() == null ? null : lastOf.get(item.identity());
            CompletableFuture<ImportRecord> record = earlier == null ? CompletableFuture.supplyAsync(item.work(), pool)
                    : earlier.handleAsync((done, failure) -> item.work().get(), pool);
            if (item.identity() != null) {
                lastOf.put(item.identity(), record);
            }
            records.add(record);
        }
        return records;
    }

    /**
     * The batch's site chrome, learned from the crawled pages among its first files: lines that
     * recur at the top or bottom of several pages are menus and footers, not titles.
     */
    private static PageChrome learnChrome(List<Path> paths, ArchiveLimits limits) {
        List<String> pages = new ArrayList<>();
        int[] seen = {0};
        try {
            new Sources(limits).walk(paths, file -> {
                if (++seen[0] > CHROME_SAMPLE) {
                    throw new SampleTaken();
                }
                String text = Readers.crawledText(file);
                if (text != null) {
                    pages.add(text);
                }
            });
        } catch (SampleTaken enough) {
            // The first files tell the site's chrome; the rest of the batch is read once, by the import.
        }
        return PageChrome.learn(pages);
    }

    /** Stops the walk that samples a batch's first files. */
    private static final class SampleTaken extends RuntimeException {
        SampleTaken() {
            super(null, null, false, false);
        }
    }

    /** An item read from a file, with what identifies it (null for a failure), to be imported. */
    private record Pending(String identity, Supplier<ImportRecord> work) {
    }

    /**
     * Files are read, and their items recovered and stored, by several workers, each item in its
     * own transaction, and reported in the order of the archive. At most {@code limit} files are
     * in flight, so memory stays flat however long the archive.
     */
    private static final class InOrder {
        private final Deque<Future<List<Future<ImportRecord>>>> inFlight = new ArrayDeque<>();
        private final int limit;
        private final Consumer<ImportRecord> out;

        InOrder(int limit, Consumer<ImportRecord> out) {
            this.limit = limit;
            this.out = out;
        }

        void add(Future<List<Future<ImportRecord>>> file) {
            inFlight.add(file);
            while (!inFlight.isEmpty() && (inFlight.peek().isDone() || inFlight.size() > limit)) {
                report(inFlight.poll());
            }
        }

        void drainAll() {
            while (!inFlight.isEmpty()) {
                report(inFlight.poll());
            }
        }

        private void report(Future<List<Future<ImportRecord>>> file) {
            take(file).forEach(record -> out.accept(take(record)));
        }

        private static <T> T take(Future<T> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private ImportRecord importOne(RawItem item, boolean dryRun, Long batchId) {
        try {
            var recovered = recovery.recover(item);
            if (dryRun) {
                return importItem.preview(recovered);
            }
            try {
                return importItem.store(recovered, batchId);
            } catch (DataIntegrityViolationException | ContentValidationException raced) {
                // Another process may have stored the same item (or contact) meanwhile: once more
                // finds it. A refusal that was not a race is refused again, and reported below.
                return importItem.store(recovered, batchId);
            }
        } catch (ContentValidationException invalid) {
            return ImportRecord.failed(item.source(), "refused by the content checks: " + invalid.getMessage());
        } catch (RuntimeException e) {
            log.warn("Importing {} failed", item.source(), e);
            return ImportRecord.failed(item.source(), "could not be stored: " + e.getClass().getSimpleName());
        }
    }
}
