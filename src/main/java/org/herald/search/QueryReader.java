package org.herald.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.herald.i18n.Language;
import org.herald.site.BadRequestException;

/**
 * Reads what a reader typed: words (all must be found), "phrases", -exclusions, OR, and
 * prefixes (migra*), in every language's title and body fields at once, each field with its
 * own analyzer, titles weighing more. Anything the parser cannot read is read again as plain
 * words: a stray quote or bracket never makes an error page.
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
     * The query for this text; every document for a blank one. The text is read once per
     * language, in that language's fields with its analyzer, and a document need match only
     * the reading in its own language: "the migration" must not ask an English text for the
     * word "the", which English reading drops but a French reading keeps.
     */
    static Query read(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        check(text);
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        List<Query> excluded = new java.util.ArrayList<>();
        boolean positive = false;
        for (Language language : Language.values()) {
            Query reading = read(text, language);
            if (reading == null) {
                continue;
            }
            BooleanQuery.Builder wanted = new BooleanQuery.Builder();
            boolean wants = false;
            if (reading instanceof BooleanQuery bool) {
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.getOccur() == BooleanClause.Occur.MUST_NOT) {
                        excluded.add(clause.getQuery());
                    } else {
                        wanted.add(clause);
                        wants = true;
                    }
                }
            } else {
                wanted.add(reading, BooleanClause.Occur.MUST);
                wants = true;
            }
            if (wants) {
                anyLanguage.add(wanted.build(), BooleanClause.Occur.SHOULD);
                positive = true;
            }
        }
        if (!positive && excluded.isEmpty()) {
            return new BooleanQuery.Builder().build();
        }
        // An exclusion read in any language excludes: "-war" must drop an English text whose
        // French reading (it has no French fields) would otherwise let it through.
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(positive ? anyLanguage.build() : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        excluded.forEach(exclusion -> query.add(exclusion, BooleanClause.Occur.MUST_NOT));
        return query.build();
    }

    /**
     * The text read in one language only (its title and body fields): what a snippet of a text
     * in that language marks. Null when nothing of the text is left in that language's reading.
     */
    static Query readIn(String text, Language language) {
        return text == null || text.isBlank() ? null : read(text, language);
    }

    private static Query read(String text, Language language) {
        try {
            return nonEmpty(parser(language).parse(text));
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException unreadable) {
            try {
                return nonEmpty(parser(language).parse(QueryParser.escape(text)));
            } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException stillUnreadable) {
                return null;
            }
        }
    }

    private static Query nonEmpty(Query query) {
        return query == null || query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? null : query;
    }

    private static MultiFieldQueryParser parser(Language language) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {Fields.title(language), Fields.body(language)}, ANALYZER, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        return parser;
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new HashMap<>();
        for (String field : FIELDS) {
            boosts.put(field, field.startsWith("title_") ? Fields.TITLE_BOOST : 1f);
        }
        return boosts;
    }
}
