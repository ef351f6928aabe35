package org.herald.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * The threads one search shares its work with: its segments are searched, and their facets
 * counted, on every core at once. One pool for the process, of one thread per core; none on a
 * single core, where a search runs on its own thread only.
 */
final class SearchThreads {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService POOL = CORES > 1 ? Executors.newFixedThreadPool(CORES, daemon()) : null;

    private SearchThreads() {
    }

    /** The pool; null on a single core. */
    static ExecutorService pool() {
        return POOL;
    }

    /**
     * The segments in one slice per core, of about equal numbers of documents: the biggest
     * segment first, each into the slice that has the fewest documents so far.
     */
    static IndexSearcher.LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int count = Math.max(1, Math.min(CORES, leaves.size()));
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] docs = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> biggestFirst = new ArrayList<>(leaves);
        biggestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : biggestFirst) {
            int smallest = 0;
            for (int i = 1; i < count; i++) {
                if (docs[i] < docs[smallest]) {
                    smallest = i;
                }
            }
            slices.get(smallest).add(leaf);
            docs[smallest] += leaf.reader().maxDoc();
        }
        return slices.stream().filter(slice -> !slice.isEmpty()).map(IndexSearcher.LeafSlice::new)
                .toArray(IndexSearcher.LeafSlice[]::new);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
