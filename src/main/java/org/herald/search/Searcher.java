package org.herald.search;

import org.herald.careers.Vacancies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.herald.changes.Dependencies;
import org.herald.i18n.Language;
import org.herald.web.BadRequestException;
import org.springframework.stereotype.Component;

/** Runs searches on the node's index: the query, the facet filters and counts, snippets, spelling. */
@Component
class Searcher {

    /** Results beyond this rank are not served (an empty page, as for any page out of range). */
    static final int MAX_WINDOW = 10_000;
    private static final int SNIPPET_LENGTH = 240;
    private static final int TOP_VALUES = 30;
    private static final Analyzer ANALYZER = LanguageAnalyzers.perField();

    private final SearchIndex index;
    private final Spelling spelling;
    private final Vacancies vacancies;
    private final SearchProperties properties;

    Searcher(SearchIndex index, Spelling spelling, SearchProperties properties) {
        this(index, spelling, properties, null);
    }

    /** With the vacancies: a search leaves out the vacancies closed at the time it runs. */
    @org.springframework.beans.factory.annotation.Autowired
    Searcher(SearchIndex index, Spelling spelling, SearchProperties properties, Vacancies vacancies) {
        this.index = index;
        this.spelling = spelling;
        this.properties = properties;
        this.vacancies = vacancies;
    }

    /**
     * Runs a search within the time budget. A search whose budget runs out answers with what it
     * found by then, marked partial; one whose query expands past Lucene's clause limit is refused.
     */
    SearchResults search(SearchRequest request) {
        // What is found changes as this node's index takes up changes (SearchIndexChanged).
        Dependencies.onAny(SearchIndexChanged.KEY);
        if (vacancies != null) {
            vacancies.declareNextChange();
        }
        QueryBudget budget = QueryBudget.start(properties.timeBudget());
        QueryReader.Reading text = QueryReader.read(request.text());
        return index.search(searcher -> {
            try {
                return run(searcher, request, text, budget);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                throw new BadRequestException("error.search.too-complex");
            }
        }, SearchResults.building(request));
    }

    private SearchResults run(Generation.FacetedSearcher searcher, SearchRequest request, QueryReader.Reading read,
                              QueryBudget budget) throws IOException {
        FacetTable facets = searcher.facets();
        long end = (long) request.page() * request.size();
        boolean inRange = end <= MAX_WINDOW;
        int topN = inRange ? (int) end : request.size();
        IndexSearcher timed = budget.searcher(searcher);
        QueryReader.Reading text;
        FacetedCollectorManager.Found found;
        try {
            text = read.rewrite(timed);
            Query query = withoutClosed(withDates(text.query(), request));
            found = request.byDate() || request.blank()
                    ? timed.search(query, faceted(facets, request,
                            new TopFieldCollectorManager(newestFirst(), topN, Integer.MAX_VALUE)))
                    : timed.search(query, faceted(facets, request, new TopScoreDocCollectorManager(topN,
                            Integer.MAX_VALUE)));
        } catch (ExitableDirectoryReader.ExitingReaderException spent) {
            return new SearchResults(request.text(), request.page(), request.size(), 0, List.of(),
                    facets(facets, new int[facets.size()]), null, false, true);
        }
        boolean partial = timed.timedOut();
        ScoreDoc[] page = inRange ? slice(found.top().scoreDocs, (request.page() - 1) * request.size(), (int) end)
                : new ScoreDoc[0];
        List<SearchResults.Hit> hits = hits(searcher, request, text, found.top(), page, budget);
        String didYouMean = found.total() == 0 && !request.blank() && !partial
                ? spelling.didYouMean(timed.getIndexReader(), request.text(), budget) : null;
        return new SearchResults(request.text(), request.page(), request.size(), found.total(), hits,
                facets(facets, found.counts()), didYouMean, false, partial);
    }

    /** Counts facets while ranking: the filters are applied (and counted sideways) by the faceted collector. */
    private static <C extends Collector> FacetedCollectorManager<C> faceted(
            FacetTable facets, SearchRequest request, CollectorManager<C, ? extends TopDocs> ranking) {
        String[] filters = new String[Fields.FACETS.size()];
        filters[Fields.FACETS.indexOf(Fields.KIND)] = request.kind();
        filters[Fields.FACETS.indexOf(Fields.COUNTRY)] = request.country();
        filters[Fields.FACETS.indexOf(Fields.THEME)] = request.theme();
        filters[Fields.FACETS.indexOf(Fields.GOAL)] = request.goal();
        filters[Fields.FACETS.indexOf(Fields.YEAR)] = request.year();
        filters[Fields.FACETS.indexOf(Fields.LANGUAGE)] = request.language();
        Integer[] wanted = new Integer[filters.length];
        for (int dimension = 0; dimension < filters.length; dimension++) {
            if (filters[dimension] != null && !filters[dimension].isBlank()) {
                wanted[dimension] = facets.id(dimension, filters[dimension].trim());
            }
        }
        return new FacetedCollectorManager<>(facets, wanted, ranking);
    }

    /**
     * Leaves out the vacancies closed now, by this node's clock; a cached answer is kept no longer
     * than the next closing. Documents without a closing instant (all but vacancies) are kept.
     */
    private Query withoutClosed(Query query) {
        if (vacancies == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.CLOSES, Long.MIN_VALUE, vacancies.now().toEpochMilli()),
                        BooleanClause.Occur.MUST_NOT).build();
    }

    private static Query withDates(Query text, SearchRequest request) {
        if (request.from() == null && request.to() == null) {
            return text;
        }
        long from = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.DATE, from, to), BooleanClause.Occur.FILTER).build();
    }

    static Sort newestFirst() {
        SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
        date.setMissingValue(SearchDocument.NO_DATE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int from, int to) {
        return from >= all.length ? new ScoreDoc[0] : Arrays.copyOfRange(all, from, Math.min(to, all.length));
    }

    /** The results of the page; with their words marked, unless the budget is spent (then their text's start). */
    private List<SearchResults.Hit> hits(Generation.FacetedSearcher searcher, SearchRequest request,
                                         QueryReader.Reading text, TopDocs found, ScoreDoc[] page, QueryBudget budget)
            throws IOException {
        List<Document> documents = new ArrayList<>();
        for (ScoreDoc doc : page) {
            documents.add(searcher.storedFields().document(doc.doc));
        }
        Map<Integer, String> snippets = request.blank() || page.length == 0 || budget.shouldExit() ? Map.of()
                : snippets(searcher, text, found, page, documents);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(i);
            String languageCode = doc.get(Fields.LANGUAGE);
            Language language = languageCode == null ? request.site() : Language.fromCode(languageCode).orElseThrow();
            String title = doc.get(Fields.title(language));
            String stored = doc.get(Fields.DATE);
            String snippet = snippets.get(page[i].doc);
            if (snippet == null) {
                String body = doc.get(Fields.body(language));
                snippet = body == null ? null : escape(cut(body));
            }
            hits.add(new SearchResults.Hit(doc.get(Fields.TYPE), doc.get(Fields.ID).replaceFirst("^[a-z]+:", ""),
                    languageCode, title, doc.get(Fields.URL).replace("{lang}", request.site().code()),
                    stored == null ? null : LocalDate.ofEpochDay(Long.parseLong(stored)), doc.get(Fields.KIND),
                    Arrays.stream(doc.getFields(Fields.COUNTRY)).map(IndexableField::stringValue).toList(), snippet));
        }
        return hits;
    }

    /**
     * The best passage of each result's text in its own language, with the words found marked.
     * One pass per language, over that language's results only, with the query as read in that
     * language alone: a pass weighs every term of the query it is given in every segment, so the
     * whole query (six readings) would cost six times as much to mark the words of one. The text
     * comes from the documents already read for the results, not read from the index again.
     */
    private Map<Integer, String> snippets(Generation.FacetedSearcher searcher, QueryReader.Reading text, TopDocs found,
                                          ScoreDoc[] page, List<Document> documents) throws IOException {
        Map<Integer, Document> loaded = new HashMap<>();
        Map<String, List<ScoreDoc>> byLanguage = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            loaded.put(page[i].doc, documents.get(i));
            String code = documents.get(i).get(Fields.LANGUAGE);
            if (code != null) {
                byLanguage.computeIfAbsent(code, c -> new ArrayList<>()).add(page[i]);
            }
        }
        UnifiedHighlighter highlighter = new LoadedTextHighlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxLength(20_000)
                .withBreakIterator(SentenceBreaks::new)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)), loaded);
        Map<Integer, String> snippets = new HashMap<>();
        for (Map.Entry<String, List<ScoreDoc>> inLanguage : byLanguage.entrySet()) {
            Language language = Language.fromCode(inLanguage.getKey()).orElseThrow();
            Query reading = text.in(language);
            if (reading == null) {
                continue;
            }
            ScoreDoc[] docs = inLanguage.getValue().stream().sorted(Comparator.comparingInt(doc -> doc.doc))
                    .toArray(ScoreDoc[]::new);
            String[] passages = highlighter.highlight(Fields.body(language), reading,
                    new TopDocs(found.totalHits, docs), 1);
            for (int i = 0; i < docs.length; i++) {
                if (passages[i] != null) {
                    snippets.put(docs[i].doc, passages[i]);
                }
            }
        }
        return snippets;
    }

    /** A highlighter that takes the texts from documents the search has already read. */
    private static final class LoadedTextHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> loaded;

        LoadedTextHighlighter(Builder builder, Map<Integer, Document> loaded) {
            super(builder);
            this.loaded = loaded;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = loaded.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String text = document == null ? null : document.get(fields[i]);
                    texts[i] = text == null ? "" : text;
                }
                values.add(texts);
            }
            return values;
        }
    }

    /**
     * The counts of each dimension, most results first (years newest first); countries and
     * themes only the 30 with most results.
     */
    private static Map<String, List<SearchResults.FacetValue>> facets(FacetTable facets, int[] counts) {
        Map<String, List<SearchResults.FacetValue>> all = new LinkedHashMap<>();
        for (String dimension : Fields.FACETS) {
            all.put(dimension, new ArrayList<>());
        }
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                all.get(Fields.FACETS.get(facets.dimension(id))).add(new SearchResults.FacetValue(facets.value(id),
                        counts[id]));
            }
        }
        all.forEach((dimension, values) -> {
            if (dimension.equals(Fields.YEAR)) {
                values.sort(Comparator.comparing(SearchResults.FacetValue::value).reversed());
            } else {
                values.sort(Comparator.comparingLong(SearchResults.FacetValue::count).reversed()
                        .thenComparing(SearchResults.FacetValue::value));
            }
            if ((dimension.equals(Fields.COUNTRY) || dimension.equals(Fields.THEME)) && values.size() > TOP_VALUES) {
                values.subList(TOP_VALUES, values.size()).clear();
            }
        });
        return all;
    }

    private static String cut(String text) {
        if (text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return text.substring(0, space > SNIPPET_LENGTH / 2 ? space : SNIPPET_LENGTH) + " …";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
