package org.herald.importer.archive;

/**
 * What an archive may hold before it is refused.
 *
 * @param maxFileBytes  largest single file, after decompression
 * @param maxTotalBytes largest total of a zip's files after decompression
 * @param maxRatio      largest ratio of a zip entry's size to its compressed size
 */
public record ArchiveLimits(long maxFileBytes, long maxTotalBytes, int maxRatio) {

    /** 10 MB a file, 2 GB a zip, ratio 200: generous for text, far below what a zip bomb needs. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10L << 20, 2L << 30, 200);
}
