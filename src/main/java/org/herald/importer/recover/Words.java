package org.herald.importer.recover;

import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Words in a pattern. */
final class Words {

    private Words() {
    }

    /** The words as alternatives of a pattern, longest first, so that "sept" is not read as "sep". */
    static String alternatives(Stream<String> words) {
        return words.sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
