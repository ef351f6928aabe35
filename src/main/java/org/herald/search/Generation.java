package org.herald.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the index: a folder under {@code <data>/search/} with its writer and its
 * searchers. A rebuild writes a new generation beside the one in use, which keeps answering
 * until the new one is complete and takes its place. Each commit records the last change-log
 * sequence number it contains ({@code last_seq}), so that a node restarted after a crash
 * resumes from there, and the newest change it has read ({@code anchor}), so that a database
 * restored from a backup under it is noticed.
 */
final class Generation implements Closeable {

    static final String LAST_SEQ = "last_seq";
    static final String ANCHOR = "anchor";

    private final String name;
    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = Fields.facetsConfig();
    private final AtomicInteger searching = new AtomicInteger();

    private Generation(Path path, FSDirectory directory, IndexWriter writer) throws IOException {
        this.name = path.getFileName().toString();
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new FacetedSearcherFactory(new FacetTable.Dictionary()));
    }

    /** A new, empty generation in this folder. */
    static Generation create(Path path) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64).setCodec(new SearchCodec());
        return new Generation(path, directory, new IndexWriter(directory, config));
    }

    /**
     * The generation in this folder, after checking every file's checksum: a folder that is
     * missing, unreadable or damaged fails with an exception, and is rebuilt by the caller.
     */
    static Generation open(Path path) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no index in " + path);
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setChecksumsOnly(true);
                CheckIndex.Status status = check.checkIndex();
                if (!status.clean) {
                    throw new IOException("index in " + path + " is damaged");
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCodec(new SearchCodec());
            return new Generation(path, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    /** The last change-log sequence number this generation's last commit contains. */
    long lastSeq() {
        String value = commitData(LAST_SEQ);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The newest change this generation's last commit had read; empty when the log was empty (or for an old index). */
    Optional<Anchor> anchor() {
        return Anchor.decode(commitData(ANCHOR));
    }

    private String commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    void put(SearchDocument document) throws IOException {
        writer.updateDocument(new Term(Fields.ID, document.id()), facets.build(document.toLucene()));
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    /** Makes what was written durable and visible, for an index fed from no change log (tests, benchmarks). */
    void commit(long lastSeq) throws IOException {
        commit(lastSeq, null);
    }

    /**
     * Makes what was written durable, with the sequence number it reaches and the newest change
     * read (null while the log is empty), and visible to searches.
     */
    void commit(long lastSeq, Anchor anchor) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(LAST_SEQ, String.valueOf(lastSeq));
        if (anchor != null) {
            data.put(ANCHOR, anchor.encode());
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /** A searcher of the latest commit; counted as in use until {@link #release}d. */
    FacetedSearcher acquire() throws IOException {
        searching.incrementAndGet();
        try {
            return (FacetedSearcher) searchers.acquire();
        } catch (IOException | RuntimeException e) {
            searching.decrementAndGet();
            throw e;
        }
    }

    void release(FacetedSearcher searcher) throws IOException {
        try {
            searchers.release(searcher);
        } finally {
            searching.decrementAndGet();
        }
    }

    /** Whether no search holds a searcher of this generation: a replaced generation can then be closed. */
    boolean idle() {
        return searching.get() == 0;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    /**
     * A searcher with the facet values of its reader, read when the reader is opened (by the
     * thread that refreshes it, not by a search) and only for the segments that are new.
     */
    static final class FacetedSearcher extends IndexSearcher {

        private final FacetTable facets;

        FacetedSearcher(IndexReader reader, FacetTable.Dictionary dictionary) throws IOException {
            super(reader);
            this.facets = dictionary.table(reader);
        }

        FacetTable facets() {
            return facets;
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        private final FacetTable.Dictionary dictionary;

        FacetedSearcherFactory(FacetTable.Dictionary dictionary) {
            this.dictionary = dictionary;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new FacetedSearcher(reader, dictionary);
        }
    }
}
