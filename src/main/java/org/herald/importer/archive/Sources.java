package org.herald.importer.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Walks what an import was given, one file at a time and in a stable order: single files,
 * folders (recursively, by path) and zips (by entry). Nothing is held beyond the file being
 * handed on, so an archive of any length is read in little memory. A file that cannot be read
 * is handed on as failed, with the reason, and the walk goes on. A zip over the limits of a
 * whole archive ({@link ArchiveBudget}) is handed on as one failed file, the zip itself.
 */
public final class Sources {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ArchiveLimits limits;
    private final Clock clock;

    public Sources(ArchiveLimits limits) {
        this(limits, Clock.systemUTC());
    }

    /** @param clock what the time a zip is read for is measured by */
    Sources(ArchiveLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Hands every file under {@code paths} to {@code out}. */
    public void walk(List<Path> paths, Consumer<SourceFile> out) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walkFolder(path, out);
            } else {
                walkFile(path, path.toString(), out);
            }
        }
    }

    private void walkFolder(Path folder, Consumer<SourceFile> out) {
        List<Path> files;
        try (Stream<Path> tree = Files.walk(folder)) {
            files = tree.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            out.accept(SourceFile.failed(folder.toString(), "cannot read the folder: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            walkFile(file, folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/'), out);
        }
    }

    private void walkFile(Path file, String name, Consumer<SourceFile> out) {
        try {
            if (!Files.isRegularFile(file)) {
                out.accept(SourceFile.failed(name, "no such file"));
            } else if (isZip(file)) {
                walkZip(file, name, out);
            } else if (Files.size(file) > limits.maxFileBytes()) {
                out.accept(SourceFile.failed(name, "over the size limit of " + limits.maxFileBytes() + " bytes"));
            } else {
                out.accept(SourceFile.read(name, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            out.accept(SourceFile.failed(name, "cannot read the file: " + e.getMessage()));
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private void walkZip(Path file, String name, Consumer<SourceFile> out) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<ZipArchiveEntry> files = Collections.list(zip.getEntriesInPhysicalOrder()).stream()
                    .filter(entry -> !entry.isDirectory()).toList();
            String refusal = ArchiveBudget.refusal(files, limits);
            if (refusal != null) {
                out.accept(SourceFile.failed(name, refusal));
                return;
            }
            ArchiveBudget budget = new ArchiveBudget(limits, clock);
            for (ZipArchiveEntry entry : files) {
                String overTime = budget.overTime();
                if (overTime != null) {
                    out.accept(SourceFile.failed(name, overTime));
                    return;
                }
                if (!walkEntry(zip, entry, name + "!/" + entry.getName(), budget, out)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            out.accept(SourceFile.failed(name, "not a readable zip: " + e.getMessage()));
        }
    }

    /** Hands on one file of a zip, or why it is refused; false when the rest of the zip is not to be read. */
    private boolean walkEntry(ZipFile zip, ZipArchiveEntry entry, String entryName, ArchiveBudget budget,
                              Consumer<SourceFile> out) throws IOException {
        String refusal = ZipEntries.refusal(entry, limits);
        if (refusal != null) {
            out.accept(SourceFile.failed(entryName, refusal));
            return true;
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        }
        String stop = budget.read(bytes.length, entry.getCompressedSize());
        if (bytes.length > limits.maxFileBytes()) {
            out.accept(SourceFile.failed(entryName, "over the size limit of " + limits.maxFileBytes() + " bytes"));
        } else if (stop != null) {
            out.accept(SourceFile.failed(entryName, stop));
            return false;
        } else if (ZipEntries.ratio(bytes.length, entry.getCompressedSize()) > limits.maxRatio()) {
            out.accept(SourceFile.failed(entryName, "zip bomb: compressed more than " + limits.maxRatio() + " to 1"));
        } else {
            out.accept(SourceFile.read(entryName, bytes));
        }
        return true;
    }
}
