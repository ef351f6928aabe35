package org.herald.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's index: the generation in use, named by the file {@code <data>/search/current}.
 * A new generation takes over by rewriting that file atomically (so a {@code reindex} run by
 * another process is picked up by the running node), and then by {@link #adopt} in memory; the
 * generation it replaces keeps serving the searches already under way, and is closed and deleted
 * once they are done. A {@code reindex} deletes the older generations no process holds open.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String POINTER = "current";
    /**
     * The longest a replaced generation is kept for the searches still running on it; they hold
     * its readers, which work on after it is closed, so this only spares them a closed one.
     */
    private static final Duration RETIRE_WITHIN = Duration.ofSeconds(10);

    private final Path root;
    private final ScheduledExecutorService retirement = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-retire");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Generation current;

    SearchIndex(@Value("${herald.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().resolve("search");
    }

    /** The generation in use; null until one is opened or built. */
    Generation current() {
        return current;
    }

    /** The name of the generation the pointer file names; null when there is none. */
    String pointed() {
        Path pointer = root.resolve(POINTER);
        try {
            return Files.exists(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }

    Path folder(String generation) {
        return root.resolve(generation);
    }

    /** A fresh folder for a new generation. */
    Path newFolder() {
        try {
            Files.createDirectories(root);
            return Files.createDirectory(root.resolve("gen-" + System.currentTimeMillis() + "-"
                    + Long.toHexString(Double.doubleToLongBits(Math.random()) & 0xffffff)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names this generation as the one every process on this data folder should use. */
    void point(String generation) {
        try {
            Path temp = root.resolve(POINTER + ".tmp-" + ProcessHandle.current().pid());
            Files.writeString(temp, generation, StandardCharsets.UTF_8);
            Files.move(temp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts a generation in use; the one it replaces is closed and its folder deleted as soon as the
     * searches that were running on it are done (at most {@link #RETIRE_WITHIN} later), so that a
     * node never holds more than the generation in use and, for that moment, the one it left.
     */
    void adopt(Generation generation) {
        Generation old = current;
        current = generation;
        if (old != null && old != generation) {
            long deadline = System.nanoTime() + RETIRE_WITHIN.toNanos();
            retirement.execute(() -> retireWhenIdle(old, deadline));
        }
    }

    /**
     * Ends a {@code reindex}: names the generation it built as the one in use, and deletes the
     * folders of older generations that no process has open. A node on this data folder holds the
     * generation it uses open (its writer's lock) until it has taken up the new one, and then
     * deletes it itself; a folder nobody holds is what a stopped node or an earlier reindex left.
     */
    void replaceWith(Generation built) throws IOException {
        String name = built.name();
        built.close();
        point(name);
        discardOlderThan(name);
    }

    /** The names of the generation folders on disk. */
    List<String> generations() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.startsWith("gen-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the generations made before this one that are neither named in use nor open in any process. */
    void discardOlderThan(String newest) {
        long made = made(newest);
        String pointed = pointed();
        for (String name : generations()) {
            if (!name.equals(newest) && !name.equals(pointed) && made(name) < made && !open(folder(name))) {
                log.info("Deleting the replaced search index folder {}", folder(name));
                discard(folder(name));
            }
        }
    }

    /** When a generation's folder was made, from its name; {@code Long.MAX_VALUE} (never older) for a name not of {@link #newFolder}'s form. */
    private static long made(String generation) {
        String[] parts = generation.split("-");
        try {
            return parts.length == 3 ? Long.parseLong(parts[1]) : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Whether a process (this one or another) has this generation open: its index writer holds the
     * folder's write lock, in the operating system and in this JVM alike, as does the check of a
     * generation being opened.
     */
    private static boolean open(Path folder) {
        try (FSDirectory directory = FSDirectory.open(folder);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (LockObtainFailedException held) {
            return true;
        } catch (IOException e) {
            log.warn("Could not tell whether {} is in use; it is kept", folder, e);
            return true;
        }
    }

    /**
     * Stops using the generation in use and forgets it, pointer included: searches answer as
     * before the first build until a new generation is adopted; the old one is closed and deleted
     * a few seconds later, once the searches under way are done.
     */
    void withdraw() {
        try {
            Files.deleteIfExists(root.resolve(POINTER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        adopt(null);
    }

    /** Runs a search on the generation in use, or answers {@code ifNone} while there is none yet. */
    <T> T search(Function<Generation.FacetedSearcher, T> work, T ifNone) {
        Generation generation = current;
        if (generation == null) {
            return ifNone;
        }
        Generation.FacetedSearcher searcher;
        try {
            searcher = generation.acquire();
        } catch (org.apache.lucene.store.AlreadyClosedException replaced) {
            return search(work, ifNone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(searcher);
        } finally {
            try {
                generation.release(searcher);
            } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
                log.debug("Releasing a searcher of a retired generation", e);
            }
        }
    }

    /** Deletes a generation folder that failed to open or was abandoned. */
    void discard(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {}", folder, e);
        }
    }

    /**
     * Deletes generation folders that nothing uses and nobody has written to for an hour: what is
     * left of a build that was killed before it finished.
     */
    void discardAbandoned() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Generation inUse = current;
        String pointed = pointed();
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith("gen-") && !name.equals(pointed) && (inUse == null || !name.equals(inUse.name()))
                        && Files.getLastModifiedTime(folder).toInstant().isBefore(hourAgo)) {
                    log.info("Deleting the abandoned search index folder {}", folder);
                    discard(folder);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for abandoned search index folders in {}", root, e);
        }
    }

    private void retireWhenIdle(Generation old, long deadline) {
        if (!old.idle() && System.nanoTime() < deadline) {
            retirement.schedule(() -> retireWhenIdle(old, deadline), 20, TimeUnit.MILLISECONDS);
        } else {
            retire(old);
        }
    }

    private void retire(Generation old) {
        try {
            old.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Closing the replaced search index {}", old.name(), e);
        }
        if (!old.name().equals(pointed())) {
            discard(old.path());
        }
    }

    @Override
    public void destroy() {
        retirement.shutdownNow();
        Generation generation = current;
        current = null;
        if (generation != null) {
            try {
                generation.close();
            } catch (IOException e) {
                log.warn("Closing the search index", e);
            }
        }
    }
}
