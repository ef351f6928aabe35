package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.herald.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New segments are written with Herald's codec, and an index a node wrote before it (Lucene's
 * default codec) still opens, answers and takes new documents, so no rebuild is needed.
 */
class SearchCodecTests {

    @TempDir Path data;

    @Test
    void anIndexWrittenWithLucenesDefaultCodecOpensAndGrows() throws Exception {
        SearchIndex index = new SearchIndex(data.toString());
        Path folder = index.newFolder();
        List<SearchDocument> fixtures = SearchRelevanceTests.fixtures();
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.perField()))) {
            for (SearchDocument document : fixtures.subList(0, 6)) {
                writer.addDocument(Fields.facetsConfig().build(document.toLucene()));
            }
            writer.commit();
        }
        Generation generation = Generation.open(folder);
        index.adopt(generation);
        try {
            Searcher searcher = new Searcher(index, new Spelling(), SearchProperties.DEFAULTS);
            assertThat(search(searcher, "")).isEqualTo(6);
            fixtures.subList(6, fixtures.size()).forEach(document -> put(generation, document));
            generation.commit(fixtures.size());
            assertThat(search(searcher, "")).isEqualTo(fixtures.size());
            assertThat(search(searcher, "nurse")).isPositive();
            assertThat(codecs(generation)).containsExactlyInAnyOrder("Lucene912", SearchCodec.NAME);
        } finally {
            index.destroy();
        }
    }

    private static long search(Searcher searcher, String text) {
        return searcher.search(new SearchRequest(text, Language.EN, null, null, null, null, null, null, null, false,
                1, 20)).total();
    }

    private static void put(Generation generation, SearchDocument document) {
        try {
            generation.put(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> codecs(Generation generation) throws java.io.IOException {
        Generation.FacetedSearcher searcher = generation.acquire();
        try {
            return searcher.getIndexReader().leaves().stream().map(LeafReaderContext::reader)
                    .map(reader -> ((SegmentReader) reader).getSegmentInfo().info.getCodec().getName()).distinct()
                    .toList();
        } finally {
            generation.release(searcher);
        }
    }
}
