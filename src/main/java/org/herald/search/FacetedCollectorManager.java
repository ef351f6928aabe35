package org.herald.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;

/**
 * Collects the results of a search with its facet filters, and counts its facets, in one pass
 * over the documents that match the text (and dates) alone. A document with every filtered value
 * is a result: it goes to the ranking collector and counts in every dimension. A document that
 * lacks exactly one filtered value counts in that dimension only: a filtered dimension shows what
 * each of its other values would find with the other filters kept ("drill sideways", as
 * Lucene's DrillSideways counts it). The facet values come from the {@link FacetTable}.
 *
 * @param <C> the ranking collector (Lucene's top-score or top-field collector)
 */
final class FacetedCollectorManager<C extends Collector>
        implements CollectorManager<FacetedCollectorManager.Faceted<C>, FacetedCollectorManager.Found> {

    private final FacetTable table;
    private final int[] wanted;
    private final int[] filtered;
    private final CollectorManager<C, ? extends TopDocs> ranking;

    /**
     * @param wanted the id of the value each dimension (in {@link Fields#FACETS} order) is filtered
     *               on, {@link FacetTable#NONE} for a value no document has, or null for no filter
     */
    FacetedCollectorManager(FacetTable table, Integer[] wanted, CollectorManager<C, ? extends TopDocs> ranking) {
        this.table = table;
        this.ranking = ranking;
        this.wanted = new int[wanted.length];
        List<Integer> dimensions = new ArrayList<>();
        for (int dimension = 0; dimension < wanted.length; dimension++) {
            if (wanted[dimension] != null) {
                this.wanted[dimension] = wanted[dimension];
                dimensions.add(dimension);
            }
        }
        this.filtered = dimensions.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * What a search found: its ranked results, how many there are, and per facet id the number of
     * results (or, in a filtered dimension, of documents with the other filters) that have it.
     */
    record Found(TopDocs top, long total, int[] counts) {
    }

    @Override
    public Faceted<C> newCollector() throws IOException {
        return new Faceted<>(ranking.newCollector(), table, wanted, filtered);
    }

    @Override
    public Found reduce(Collection<Faceted<C>> collectors) throws IOException {
        int[] counts = new int[table.size()];
        long total = 0;
        List<C> rankings = new ArrayList<>();
        for (Faceted<C> collector : collectors) {
            for (int id = 0; id < counts.length; id++) {
                counts[id] += collector.counts[id] + collector.sideways[id];
            }
            total += collector.total;
            rankings.add(collector.ranking);
        }
        return new Found(ranking.reduce(rankings), total, counts);
    }

    /** The collector of one slice of the index. */
    static final class Faceted<R extends Collector> implements Collector {

        private final R ranking;
        private final FacetTable table;
        private final int[] wanted;
        private final int[] filtered;
        private final int[] counts;
        private final int[] sideways;
        private long total;

        private Faceted(R ranking, FacetTable table, int[] wanted, int[] filtered) {
            this.ranking = ranking;
            this.table = table;
            this.wanted = wanted;
            this.filtered = filtered;
            this.counts = new int[table.size()];
            this.sideways = new int[table.size()];
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector results = ranking.getLeafCollector(context);
            FacetTable.Segment segment = table.segment(context);
            int[] starts = segment.starts();
            int[] ids = segment.ids();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    results.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int from = starts[doc];
                    int to = starts[doc + 1];
                    int missed = -1;
                    for (int dimension : filtered) {
                        if (!has(ids, from, to, wanted[dimension])) {
                            if (missed >= 0) {
                                return;
                            }
                            missed = dimension;
                        }
                    }
                    if (missed < 0) {
                        results.collect(doc);
                        total++;
                        for (int i = from; i < to; i++) {
                            counts[ids[i]]++;
                        }
                    } else {
                        for (int i = from; i < to; i++) {
                            if (table.dimension(ids[i]) == missed) {
                                sideways[ids[i]]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    results.finish();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ranking.scoreMode();
        }
    }

    private static boolean has(int[] ids, int from, int to, int id) {
        for (int i = from; i < to; i++) {
            if (ids[i] == id) {
                return true;
            }
        }
        return false;
    }
}
