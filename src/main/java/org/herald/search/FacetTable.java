package org.herald.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of every document of one reader, held in memory as small numbers: for each
 * segment, each document's values as ids into one dictionary of (dimension, value) pairs that
 * all segments of a generation share. A search counts facets by adding one to an array slot per
 * value of each document it finds, instead of decoding doc values and mapping each segment's
 * ordinals to global ones for every document (which was most of a search's time with tens of
 * thousands of results). The values are read from the facet doc values the documents carry
 * ({@link FacetsConfig}'s {@code $facets} field), once per segment: a segment that does not
 * change between two readers is not read again.
 */
final class FacetTable {

    /** Ids of values no document has: a filter on such a value matches nothing. */
    static final int NONE = -1;

    private final String[] values;
    private final int[] dimensions;
    private final Map<String, Integer>[] ids;
    private final Segment[] segments;

    private FacetTable(Dictionary dictionary, Segment[] segments) {
        this.values = dictionary.values.toArray(String[]::new);
        this.dimensions = Arrays.copyOf(dictionary.dimensions, values.length);
        this.ids = dictionary.snapshotIds();
        this.segments = segments;
    }

    /** The number of (dimension, value) pairs this table knows. */
    int size() {
        return values.length;
    }

    /** The value of an id, without its dimension. */
    String value(int id) {
        return values[id];
    }

    /** The index in {@link Fields#FACETS} of an id's dimension. */
    int dimension(int id) {
        return dimensions[id];
    }

    /** The id of a value of a dimension (its index in {@link Fields#FACETS}); {@link #NONE} if no document has it. */
    int id(int dimension, String value) {
        return ids[dimension].getOrDefault(value, NONE);
    }

    Segment segment(LeafReaderContext leaf) {
        return segments[leaf.ord];
    }

    /**
     * The facet values of one segment's documents: those of document {@code d} are
     * {@code ids[starts[d]]} to {@code ids[starts[d + 1] - 1]}.
     */
    record Segment(int[] starts, int[] ids) {
    }

    /**
     * The dictionary of one generation and the segments it has read. Readers are opened one at a
     * time for a generation (by its searcher manager), so reading is synchronized; the tables it
     * hands out are snapshots that later segments never change.
     */
    static final class Dictionary {

        private final List<String> values = new ArrayList<>();
        private int[] dimensions = new int[64];
        private final List<Map<String, Integer>> ids = new ArrayList<>();
        private final Map<Object, Segment> read = new ConcurrentHashMap<>();

        Dictionary() {
            for (int i = 0; i < Fields.FACETS.size(); i++) {
                ids.add(new HashMap<>());
            }
        }

        /** The table of a reader's segments, reading those not read before. */
        synchronized FacetTable table(IndexReader reader) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            Segment[] segments = new Segment[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                IndexReader.CacheHelper cache = leaf.reader().getCoreCacheHelper();
                Segment segment = cache == null ? null : read.get(cache.getKey());
                if (segment == null) {
                    segment = read(leaf.reader());
                    if (cache != null) {
                        Object key = cache.getKey();
                        read.put(key, segment);
                        cache.addClosedListener(read::remove);
                    }
                }
                segments[leaf.ord] = segment;
            }
            return new FacetTable(this, segments);
        }

        private Segment read(LeafReader reader) throws IOException {
            SortedSetDocValues docValues = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            int[] globalIds = new int[(int) docValues.getValueCount()];
            for (int ord = 0; ord < globalIds.length; ord++) {
                globalIds[ord] = idOf(docValues.lookupOrd(ord));
            }
            int maxDoc = reader.maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] docIds = new int[Math.max(16, maxDoc * 4)];
            int count = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                starts[doc] = count;
                if (docValues.advanceExact(doc)) {
                    for (int i = 0, n = docValues.docValueCount(); i < n; i++) {
                        int id = globalIds[(int) docValues.nextOrd()];
                        if (id != NONE) {
                            if (count == docIds.length) {
                                docIds = Arrays.copyOf(docIds, docIds.length * 2);
                            }
                            docIds[count++] = id;
                        }
                    }
                }
            }
            starts[maxDoc] = count;
            return new Segment(starts, Arrays.copyOf(docIds, count));
        }

        /** The id of an indexed "dimension, separator, value" term; {@link #NONE} for other dimensions. */
        private int idOf(BytesRef term) {
            String path = term.utf8ToString();
            int separator = path.indexOf(FacetsConfig.DELIM_CHAR);
            int dimension = separator < 0 ? -1 : Fields.FACETS.indexOf(path.substring(0, separator));
            if (dimension < 0) {
                return NONE;
            }
            String value = path.substring(separator + 1);
            Integer known = ids.get(dimension).get(value);
            if (known != null) {
                return known;
            }
            int id = values.size();
            values.add(value);
            if (id == dimensions.length) {
                dimensions = Arrays.copyOf(dimensions, id * 2);
            }
            dimensions[id] = dimension;
            ids.get(dimension).put(value, id);
            return id;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Integer>[] snapshotIds() {
            return ids.stream().map(Map::copyOf).toArray(Map[]::new);
        }
    }
}
