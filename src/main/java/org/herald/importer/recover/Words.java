package org.herald.importer.recover;

import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words of any script in a pattern. {@code \b} would not do: since Java 19 it is a boundary of
 * ASCII words only, so it is never found after "млн" or "réfugiés". And the digits of any script
 * as the patterns' {@code \d} takes them.
 */
final class Words {

    /** Where a word ends: before a character that is no letter, digit or underscore. */
    static final String END = "(?![\\p{L}\\p{Nd}_])";

    private Words() {
    }

    /** The words as alternatives of a pattern, longest first, so that "sept" is not read as "sep". */
    static String alternatives(Stream<String> words) {
        return words.sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /**
     * The text with the digits of any script as ASCII digits, which are all the patterns' {@code \d}
     * takes: the Arabic-Indic ones of Arabic (U+0660 to U+0669, and the extended ones of Persian and
     * Urdu, U+06F0 to U+06F9) and the full-width ones of Chinese (U+FF10 to U+FF19) among them; the Arabic
     * decimal separator (U+066B) as a dot and the Arabic thousands separator (U+066C) as a comma, as
     * English writes them. One character for one, so that what is found is where it is in the text.
     */
    static String asciiDigits(String text) {
        StringBuilder ascii = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0660') {
                continue;
            }
            char plain = Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10))
                    : c == '\u066B' ? '.' : c == '\u066C' ? ',' : c;
            if (plain != c) {
                ascii = ascii == null ? new StringBuilder(text) : ascii;
                ascii.setCharAt(i, plain);
            }
        }
        return ascii == null ? text : ascii.toString();
    }
}
