package org.herald.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.herald.content.ContentValidationException;
import org.herald.importer.archive.ArchiveLimits;
import org.herald.importer.archive.Sources;
import org.herald.importer.read.ItemSink;
import org.herald.importer.read.RawItem;
import org.herald.importer.read.Readers;
import org.herald.importer.recover.ImportRecord;
import org.herald.importer.recover.Recovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        ArchiveLimits limits = new ArchiveLimits(properties.maxFileSize().toBytes(),
                properties.maxArchiveSize().toBytes(), properties.maxCompressionRatio());
        Consumer<ImportRecord> counted = record -> {
            summary.count(record.status());
            out.accept(record);
        };
        ItemSink sink = new ItemSink() {
            @Override
            public void item(RawItem item) {
                counted.accept(importOne(item, dryRun, batchId));
            }

            @Override
            public void failed(String source, String reason) {
                counted.accept(ImportRecord.failed(source, reason));
            }
        };
        new Sources(limits).walk(paths, file -> Readers.read(file, sink));
        return summary;
    }

    private ImportRecord importOne(RawItem item, boolean dryRun, Long batchId) {
        try {
            var recovered = recovery.recover(item);
            return dryRun ? importItem.preview(recovered) : importItem.store(recovered, batchId);
        } catch (ContentValidationException invalid) {
            return ImportRecord.failed(item.source(), "refused by the content checks: " + invalid.getMessage());
        } catch (RuntimeException e) {
            log.warn("Importing {} failed", item.source(), e);
            return ImportRecord.failed(item.source(), "could not be stored: " + e.getClass().getSimpleName());
        }
    }
}
