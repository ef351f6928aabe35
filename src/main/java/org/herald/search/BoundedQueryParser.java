package org.herald.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeSource;
import org.herald.web.BadRequestException;

/**
 * The query parser of one language's fields, with the cost of the words that expand to many
 * (fuzzy {@code word~}, prefix {@code migra*}, wildcard {@code m?gra*}) bounded before the index
 * is read: on an index of 100,000 articles, 49 fuzzy words took seconds, while the same number of
 * plain words takes milliseconds (SearchCostTests).
 * <ul>
 * <li>at most {@link #MAX_EXPANDING} such words in a query, else a 400 saying so;</li>
 * <li>at least {@link #MIN_PREFIX} letters (or one ideograph) before the first {@code *} or
 * {@code ?} ({@code a*} would read most of the term dictionary), else a 400; a leading wildcard is not
 * a wildcard at all (the parser refuses it, and the text is read again as plain words);</li>
 * <li>a fuzzy word of {@link #SHORT_WORD} characters or fewer is matched with one edit at most
 * ({@code data~2} would match most four-letter words), a longer one with two; the first
 * character must match, which is what makes a fuzzy word cheap to look up (a typo is seldom in
 * the first letter); each fuzzy word stands for at most {@link #FUZZY_EXPANSIONS} indexed words
 * per field, the closest;</li>
 * <li>prefixes and wildcards match without scoring each expanded word (Lucene's constant-score
 * rewrite): one clause in the query whatever the number of words they expand to;</li>
 * <li>regular expressions ({@code /.../}) and ranges ({@code [a TO z]}) are not offered to
 * readers: a query with one is read as plain words.</li>
 * </ul>
 */
final class BoundedQueryParser extends MultiFieldQueryParser {

    /** Fuzzy, prefix or wildcard words a query may have. */
    static final int MAX_EXPANDING = 5;
    /** Characters a prefix or wildcard word must have before its first wildcard. */
    static final int MIN_PREFIX = 3;
    /** The longest word a fuzzy search matches with one edit only. */
    static final int SHORT_WORD = 5;
    /** The indexed words a fuzzy word stands for, per field. */
    static final int FUZZY_EXPANSIONS = 10;

    private final int fields;
    private final Map<String, AttributeSource> automata;
    private int expanding;

    /**
     * @param automata where the fuzzy words' automata are kept, by word, edits and prefix: one map
     *                 for every parser of one query, so that a word is compiled once for all fields
     */
    BoundedQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts,
                       Map<String, AttributeSource> automata) {
        super(fields, analyzer, boosts);
        this.fields = fields.length;
        this.automata = automata;
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setFuzzyPrefixLength(1);
        setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_REWRITE);
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        count();
        int length = term.text().codePointCount(0, term.text().length());
        int edits = Math.min(FuzzyQuery.floatToEdits(minimumSimilarity, length), length <= SHORT_WORD ? 1 : 2);
        int prefix = Math.max(1, prefixLength);
        AttributeSource shared = automata.computeIfAbsent(term.text() + '\u0000' + edits + '\u0000' + prefix,
                key -> new AttributeSource());
        return new SharedAutomatonFuzzyQuery(term, edits, prefix, shared);
    }

    /**
     * A fuzzy word whose automata (the Levenshtein automata of the word, most of what a fuzzy word
     * costs: some 10 ms for a long word with two edits) are built once for every field it is read
     * in, not once per field: Lucene's FuzzyTermsEnum keeps them in an attribute of the
     * {@link AttributeSource} it is given, which Lucene shares between the segments of one field,
     * and which this query shares between fields too (the automata depend on the word, its edits
     * and its prefix only). The competitive-boost hint of Lucene's collector is lost with it; it
     * only narrows an enumeration the time budget already bounds.
     */
    static final class SharedAutomatonFuzzyQuery extends FuzzyQuery {

        private final AttributeSource shared;

        SharedAutomatonFuzzyQuery(Term term, int edits, int prefix, AttributeSource shared) {
            super(term, edits, prefix, FUZZY_EXPANSIONS, true);
            this.shared = shared;
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
            return super.getTermsEnum(terms, shared);
        }
    }

    @Override
    protected Query newPrefixQuery(Term prefix) {
        count();
        requirePrefix(prefix.text(), prefix.text().length());
        return super.newPrefixQuery(prefix);
    }

    @Override
    protected Query newWildcardQuery(Term pattern) {
        count();
        String text = pattern.text();
        int star = text.indexOf('*');
        int question = text.indexOf('?');
        int first = star < 0 ? question : question < 0 ? star : Math.min(star, question);
        requirePrefix(text, first < 0 ? text.length() : first);
        return super.newWildcardQuery(pattern);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions are read as plain words");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        throw new ParseException("ranges are read as plain words");
    }

    /**
     * Counts an expanding word in one field: a word typed without a field is read in each of the
     * parser's fields, so the limit is on fields read, as many as {@link #MAX_EXPANDING} words in
     * every field.
     */
    private void count() {
        expanding++;
        if (expanding > MAX_EXPANDING * fields) {
            throw new BadRequestException("error.search.too-many-expanding", MAX_EXPANDING);
        }
    }

    /** An ideograph narrows a prefix as much as a few letters do: "移*" is as precise as "mig*". */
    private static void requirePrefix(String text, int end) {
        int weight = text.substring(0, end).codePoints().map(c -> Character.isIdeographic(c) ? MIN_PREFIX : 1).sum();
        if (weight < MIN_PREFIX) {
            throw new BadRequestException("error.search.short-prefix", MIN_PREFIX);
        }
    }
}
