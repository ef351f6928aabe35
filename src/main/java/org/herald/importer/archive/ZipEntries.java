package org.herald.importer.archive;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/** The checks made on a zip entry before a byte of it is expanded. */
final class ZipEntries {

    /** Small entries compress well without being bombs; the ratio is checked above this size. */
    private static final long RATIO_FLOOR = 1 << 20;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ZipEntries() {
    }

    /** Why the entry is refused from its header alone, or null. */
    static String refusal(ZipArchiveEntry entry, ArchiveLimits limits) {
        String name = entry.getName().replace('\\', '/');
        Path normalized = Path.of("/archive").resolve(name.startsWith("/") ? name.substring(1) : name).normalize();
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || !normalized.startsWith("/archive")
                || name.contains("../") || name.equals("..")) {
            return "zip slip: the entry's path leaves the archive's folder";
        }
        long size = entry.getSize();
        if (size > limits.maxFileBytes()) {
            return "over the size limit of " + limits.maxFileBytes() + " bytes";
        }
        if (size > 0 && ratio(size, entry.getCompressedSize()) > limits.maxRatio()) {
            return "zip bomb: compressed more than " + limits.maxRatio() + " to 1";
        }
        return null;
    }

    /**
     * How many times larger than its compressed size this size is; 0 under {@link #RATIO_FLOOR}.
     * Data of a megabyte said to take no bytes at all can only be a forged header.
     */
    static long ratio(long size, long compressed) {
        if (size < RATIO_FLOOR) {
            return 0;
        }
        return compressed <= 0 ? Long.MAX_VALUE : size / compressed;
    }
}
