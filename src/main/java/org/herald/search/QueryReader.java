package org.herald.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeSource;
import org.herald.i18n.Language;
import org.herald.web.BadRequestException;

/**
 * Reads what a reader typed: words (all must be found), "phrases", -exclusions, OR, and
 * prefixes (migra*), in every language's title and body fields at once, each field with its
 * own analyzer, titles weighing more. Anything the parser cannot read is read again as plain
 * words: a stray quote or bracket never makes an error page. Words that expand to many in the
 * index (fuzzy, prefixes, wildcards) are bounded by {@link BoundedQueryParser}; a query over
 * those bounds is refused with the reason (400), as one over the length or word limits is.
 */
final class QueryReader {

    static final int MAX_LENGTH = 1000;
    static final int MAX_TERMS = 50;
    private static final Analyzer ANALYZER = LanguageAnalyzers.perField();
    private static final String[] FIELDS = Fields.textFields().toArray(String[]::new);
    private static final Map<String, Float> BOOSTS = boosts();

    private QueryReader() {
    }

    /** Refuses a query over the limits, with the reason. */
    static void check(String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadRequestException("error.search.too-long", MAX_LENGTH);
        }
        if (terms(text).size() > MAX_TERMS) {
            throw new BadRequestException("error.search.too-many-terms", MAX_TERMS);
        }
    }

    /** The words of a query, as the limits count them. */
    static List<String> terms(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /**
     * What this text reads as; every document for a blank one. The text is read once per
     * language, in that language's fields with its analyzer, and a document need match only
     * the reading in its own language: "the migration" must not ask an English text for the
     * word "the", which English reading drops but a French reading keeps.
     */
    static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Reading(true, Map.of(), List.of());
        }
        check(text);
        Map<Language, Query> wanted = new EnumMap<>(Language.class);
        List<Query> excluded = new ArrayList<>();
        Map<String, AttributeSource> automata = new HashMap<>();
        for (Language language : Language.values()) {
            Query reading = read(text, language, automata);
            if (reading == null) {
                continue;
            }
            BooleanQuery.Builder positive = new BooleanQuery.Builder();
            boolean wants = false;
            if (reading instanceof BooleanQuery bool) {
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.getOccur() == BooleanClause.Occur.MUST_NOT) {
                        excluded.add(clause.getQuery());
                    } else {
                        positive.add(clause);
                        wants = true;
                    }
                }
            } else {
                positive.add(reading, BooleanClause.Occur.MUST);
                wants = true;
            }
            if (wants) {
                wanted.put(language, positive.build());
            }
        }
        return new Reading(false, wanted, excluded);
    }

    /**
     * A text as read in every language.
     *
     * @param everything whether the text was blank: every document is found
     * @param wanted     per language, what a document in that language must match (a language in
     *                   whose reading nothing of the text is left is absent)
     * @param excluded   what excludes a document whatever its language
     */
    record Reading(boolean everything, Map<Language, Query> wanted, List<Query> excluded) {

        /** The query that finds what the text asks for. */
        Query query() {
            if (everything) {
                return new MatchAllDocsQuery();
            }
            if (wanted.isEmpty() && excluded.isEmpty()) {
                return new BooleanQuery.Builder().build();
            }
            BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
            wanted.values().forEach(reading -> anyLanguage.add(reading, BooleanClause.Occur.SHOULD));
            // An exclusion read in any language excludes: "-war" must drop an English text whose
            // French reading (it has no French fields) would otherwise let it through.
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(wanted.isEmpty() ? new MatchAllDocsQuery() : anyLanguage.build(), BooleanClause.Occur.MUST);
            excluded.forEach(exclusion -> query.add(exclusion, BooleanClause.Occur.MUST_NOT));
            return query.build();
        }

        /** What a snippet of a text in this language marks; null when nothing of the text is left in its reading. */
        Query in(Language language) {
            return wanted.get(language);
        }

        /**
         * This reading with its fuzzy words, prefixes and wildcards expanded to the words of the
         * index they stand for: once, for the search and its snippets alike (a fuzzy word's
         * automaton is most of its cost, and the snippets would build it again).
         */
        Reading rewrite(IndexSearcher searcher) throws IOException {
            Map<Language, Query> rewritten = new EnumMap<>(Language.class);
            for (Map.Entry<Language, Query> reading : wanted.entrySet()) {
                rewritten.put(reading.getKey(), searcher.rewrite(reading.getValue()));
            }
            List<Query> exclusions = new ArrayList<>();
            for (Query exclusion : excluded) {
                exclusions.add(searcher.rewrite(exclusion));
            }
            return new Reading(everything, rewritten, exclusions);
        }
    }

    private static Query read(String text, Language language, Map<String, AttributeSource> automata) {
        try {
            return nonEmpty(parser(language, automata).parse(text));
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException unreadable) {
            try {
                return nonEmpty(parser(language, automata).parse(QueryParser.escape(text)));
            } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException stillUnreadable) {
                return null;
            }
        }
    }

    private static Query nonEmpty(Query query) {
        return query == null || query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? null : query;
    }

    private static BoundedQueryParser parser(Language language, Map<String, AttributeSource> automata) {
        return new BoundedQueryParser(new String[] {Fields.title(language), Fields.body(language)}, ANALYZER, BOOSTS,
                automata);
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new HashMap<>();
        for (String field : FIELDS) {
            boosts.put(field, field.startsWith("title_") ? Fields.TITLE_BOOST : 1f);
        }
        return boosts;
    }
}
