package org.herald.importer.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The limits of a whole zip: how many files it holds, how much they expand to, how much they are
 * compressed in all (small files too: two thousand files just under the single-file floor of
 * {@link ZipEntries} expand as much as one large one), and how long it is read. What the zip's
 * central directory says is checked before a byte is expanded, and the whole zip refused then;
 * what its files really expand to, and the time, are checked as they are read, and the reading
 * stops at the first file over (the files before it are imported, each whole or not at all).
 */
final class ArchiveBudget {

    private final ArchiveLimits limits;
    private final Clock clock;
    private final Instant deadline;
    private long expanded;
    private long compressed;

    ArchiveBudget(ArchiveLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.deadline = clock.instant().plus(limits.maxTime());
    }

    /**
     * Why the zip is refused from its central directory alone, or null. Files refused on their own
     * header (a path leaving the folder, a size over the file limit) are never expanded, and are
     * not counted in the sizes.
     */
    static String refusal(List<ZipArchiveEntry> files, ArchiveLimits limits) {
        if (files.size() > limits.maxEntries()) {
            return "too many files: the archive holds " + files.size() + ", more than the limit of "
                    + limits.maxEntries() + "; none of it is read";
        }
        long size = 0;
        long packed = 0;
        for (ZipArchiveEntry file : files) {
            if (ZipEntries.refusal(file, limits) == null) {
                size += Math.max(0, file.getSize());
                packed += Math.max(0, file.getCompressedSize());
            }
        }
        if (size > limits.maxTotalBytes()) {
            return "zip bomb: the archive's files expand to " + size + " bytes, more than the limit of "
                    + limits.maxTotalBytes() + "; none of it is read";
        }
        if (ZipEntries.ratio(size, packed) > limits.maxRatio()) {
            return "zip bomb: the archive's files are compressed more than " + limits.maxRatio()
                    + " to 1 in all; none of it is read";
        }
        return null;
    }

    /** Why the reading stops before the next file, or null: its time is up. */
    String overTime() {
        if (clock.instant().isAfter(deadline)) {
            return "stopped: the archive was read for longer than the limit of " + describe(limits.maxTime())
                    + "; the rest of it is not read";
        }
        return null;
    }

    /** Counts a file read; why the reading stops here, or null, from what the files read so far really expand to. */
    String read(long size, long packedSize) {
        expanded += size;
        compressed += Math.max(0, packedSize);
        if (expanded > limits.maxTotalBytes()) {
            return "zip bomb: the archive expands beyond " + limits.maxTotalBytes() + " bytes; the rest of it is not read";
        }
        if (ZipEntries.ratio(expanded, compressed) > limits.maxRatio()) {
            return "zip bomb: the archive's files are compressed more than " + limits.maxRatio()
                    + " to 1 in all; the rest of it is not read";
        }
        return null;
    }

    private static String describe(Duration time) {
        long seconds = time.toSeconds();
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : time.toMillis() + " ms";
    }
}
