package org.herald.importer.archive;

import java.time.Duration;

/**
 * What an archive may hold, and how long it may be read, before it is refused.
 *
 * @param maxFileBytes  largest single file, after decompression
 * @param maxTotalBytes largest total of a zip's files after decompression
 * @param maxRatio      largest ratio of a zip entry's size to its compressed size, and of all its
 *                      files' sizes to their compressed sizes
 * @param maxEntries    most files a zip may hold
 * @param maxTime       longest a zip is read (its files handed on, and so imported): what is not
 *                      read by then is not read
 */
public record ArchiveLimits(long maxFileBytes, long maxTotalBytes, int maxRatio, int maxEntries, Duration maxTime) {

    /**
     * 10 MB a file, 1 GB and 100,000 files a zip, ratio 200, 10 minutes a zip: generous for the
     * text of a whole old site (the import benchmark's 100,000 items are 165 MB, imported in about
     * a minute and a half on PostgreSQL), far below what a zip bomb needs.
     */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10L << 20, 1L << 30, 200, 100_000,
            Duration.ofMinutes(10));
}
