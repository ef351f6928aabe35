package org.herald.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time one search may take ({@code herald.search.time-budget}), counted from its start. The
 * searcher it gives stops expanding words (reading the term dictionary, Lucene's
 * {@link ExitableDirectoryReader}) and collecting results ({@link IndexSearcher#setTimeout}) once
 * the time is spent; the search then answers with what it found so far, marked as partial, and
 * skips the work that would only polish a complete answer (marked snippets, "did you mean").
 */
final class QueryBudget implements QueryTimeout {

    private static final long LONGEST = TimeUnit.DAYS.toNanos(1);

    /** When the time is spent, in {@link System#nanoTime()}'s terms (Lucene's QueryTimeoutImpl counts whole milliseconds). */
    private final long deadline;

    private QueryBudget(Duration budget) {
        this.deadline = System.nanoTime() + (budget.compareTo(Duration.ofNanos(LONGEST)) > 0 ? LONGEST : budget.toNanos());
    }

    /** A budget whose time starts now. */
    static QueryBudget start(Duration budget) {
        return new QueryBudget(budget);
    }

    @Override
    public boolean shouldExit() {
        return System.nanoTime() - deadline > 0;
    }

    /**
     * A searcher for this search alone over the shared searcher's reader: a searcher's time limit
     * and its "timed out" flag are its own, so the one every search shares cannot carry them. The
     * wrapping reader is not closed (that would close the shared reader); it holds nothing.
     */
    IndexSearcher searcher(IndexSearcher shared) throws IOException {
        IndexSearcher searcher = new IndexSearcher(
                ExitableDirectoryReader.wrap((DirectoryReader) shared.getIndexReader(), this));
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
        searcher.setTimeout(this);
        return searcher;
    }
}
