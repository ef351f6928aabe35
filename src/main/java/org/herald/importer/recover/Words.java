package org.herald.importer.recover;

import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words of any script in a pattern. {@code \b} would not do: since Java 19 it is a boundary of
 * ASCII words only, so it is never found after "млн" or "réfugiés".
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
}
