package org.herald.importer;

import java.time.Duration;

import org.herald.importer.archive.ArchiveLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and settings of the legacy archive import.
 *
 * @param maxFileSize         largest file an import reads (after decompression); larger ones fail
 * @param maxArchiveSize      largest total a zip may expand to: a zip whose files say they expand to
 *                            more is refused before any is read, one that expands to more than it
 *                            says stops there
 * @param maxCompressionRatio largest ratio of a zip entry's size to its compressed size, and of the
 *                            sizes of all a zip's files to their compressed sizes (small ones too)
 * @param maxArchiveEntries   most files a zip may hold; a zip with more is refused before any is read
 * @param maxArchiveTime      longest a zip is read and imported; what is not read by then is not read
 * @param workers             items recovered and stored at the same time, each in its own transaction
 * @param batchLease          how long a back-office batch stays with its node without word from it; a
 *                            batch whose node has been silent longer is taken over by another node
 */
@ConfigurationProperties("herald.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("1GB") DataSize maxArchiveSize,
                               @DefaultValue("200") int maxCompressionRatio,
                               @DefaultValue("100000") int maxArchiveEntries,
                               @DefaultValue("10m") Duration maxArchiveTime,
                               @DefaultValue("4") int workers,
                               @DefaultValue("60s") Duration batchLease) {

    /** The limits an archive is read within. */
    public ArchiveLimits archiveLimits() {
        return new ArchiveLimits(maxFileSize.toBytes(), maxArchiveSize.toBytes(), maxCompressionRatio,
                maxArchiveEntries, maxArchiveTime);
    }
}
