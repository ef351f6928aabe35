package org.herald.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.herald.changes.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Builds a complete new generation of the index from the database. */
@Component
class IndexBuilder {

    /**
     * How far behind the change log's end a new generation says it is. Sequence numbers can
     * commit out of order, so a change numbered just below the end may become visible only after
     * the build has read past it; re-reading a few is harmless (applying a change twice gives
     * the same document) and catches it.
     */
    static final long REWIND = 100;
    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

    private final SearchIndex index;
    private final SearchSources sources;
    private final ChangeLog changes;

    IndexBuilder(SearchIndex index, SearchSources sources, ChangeLog changes) {
        this.index = index;
        this.sources = sources;
        this.changes = changes;
    }

    /** A new generation holding everything public now, committed; not yet in use. */
    Generation build() {
        long start = System.nanoTime();
        Anchor anchor = changes.last().map(Anchor::of).orElse(null);
        long seq = anchor == null ? 0 : Math.max(0, anchor.seq() - REWIND);
        Generation generation;
        try {
            generation = Generation.create(index.newFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long[] count = {0};
            sources.forEach(document -> {
                try {
                    generation.put(document);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generation.commit(seq, anchor);
            log.info("Search index {} built: {} documents in {} ms", generation.name(), count[0],
                    (System.nanoTime() - start) / 1_000_000);
            return generation;
        } catch (IOException | RuntimeException e) {
            close(generation);
            index.discard(generation.path());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void close(Generation generation) {
        try {
            generation.close();
        } catch (IOException | RuntimeException ignored) {
            // the build failed already; that failure is the one to report
        }
    }
}
