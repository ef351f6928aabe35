package org.herald.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": each word of a query that no document contains is replaced by the closest
 * word the documents do contain (Lucene's DirectSpellChecker, which reads the index itself, so
 * there is no dictionary to keep current). Operators, quotes and prefixes are kept as typed.
 */
@Component
class Spelling {

    private static final Pattern WORD = Pattern.compile("(?<![\\w*])(\\p{L}{3,})(?![\\w*])");

    /**
     * The query with its unknown words corrected, or null when no word needed it or none could be,
     * or the search's time budget ran out first (each unknown word is a fuzzy look-up of its own).
     */
    String didYouMean(IndexReader reader, String text, QueryTimeout budget) {
        DirectSpellChecker checker = new DirectSpellChecker();
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        try {
            while (words.find()) {
                if (budget.shouldExit()) {
                    return null;
                }
                String word = words.group(1);
                String lower = word.toLowerCase(Locale.ROOT);
                String replacement = word;
                if (!word.equals("AND") && !word.equals("OR") && !word.equals("NOT")
                        && reader.docFreq(new Term(Fields.SPELL, lower)) == 0) {
                    SuggestWord[] suggestions = checker.suggestSimilar(new Term(Fields.SPELL, lower), 1, reader,
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        replacement = suggestions[0].string;
                        changed = true;
                    }
                }
                words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExitableDirectoryReader.ExitingReaderException spent) {
            return null;
        }
        words.appendTail(corrected);
        return changed ? corrected.toString() : null;
    }
}
