package org.herald.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.herald.changes.Dependencies;
import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Titles as one types: every word typed must begin a word of the title, the last one possibly
 * unfinished ("migr" finds "Migration Data Portal"); titles in the reader's language first.
 */
@Component
class Suggestions {

    static final int LIMIT = 8;
    private static final Analyzer WORDS = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    private final SearchIndex index;

    Suggestions(SearchIndex index) {
        this.index = index;
    }

    /** A suggested title and where it leads. */
    record Suggestion(String title, String url) {
    }

    /** The titles for what was typed; empty while this node has no index yet (its first build is under way). */
    Optional<List<Suggestion>> suggest(String typed, Language site) {
        Dependencies.onAny(SearchIndexChanged.KEY);
        List<String> words = words(typed);
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2 || words.size() > QueryReader.MAX_TERMS) {
            return Optional.of(List.of());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(Fields.SUGGEST, words.get(i));
            query.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), BooleanClause.Occur.MUST);
        }
        query.add(new BoostQuery(new TermQuery(new Term(Fields.LANGUAGE, site.code())), 2f), BooleanClause.Occur.SHOULD);
        return index.search(searcher -> {
            try {
                List<Suggestion> found = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query.build(), LIMIT).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    String language = doc.get(Fields.LANGUAGE);
                    Language shown = language == null ? site : Language.fromCode(language).orElse(site);
                    found.add(new Suggestion(doc.get(Fields.title(shown)), doc.get(Fields.URL).replace("{lang}",
                            site.code())));
                }
                return Optional.of(found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Optional.empty());
    }

    private static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null || typed.length() > QueryReader.MAX_LENGTH) {
            return words;
        }
        try (TokenStream stream = WORDS.tokenStream(Fields.SUGGEST, typed.toLowerCase(Locale.ROOT))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
