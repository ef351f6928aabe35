package org.herald.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known names in a text in one pass: a character trie walked from every word start (every
 * character in Chinese, which has no spaces), keeping the longest name that ends at a word end (or anywhere, for prefixes such as the
 * importer's theme keywords "traffick"). A regular expression with thousands of alternatives
 * tries each one at each position and was a hundred times slower on a press release.
 *
 * @param <V> what a name stands for (a country code, an acronym, a theme)
 */
public final class NameIndex<V> {

    /** A name found, what it stands for, and where it is in the text. */
    public record Match<V>(V value, String text, int start, int end) {
    }

    /** A node while the trie is built. */
    private static final class Growing<V> {
        final Map<Character, Growing<V>> next = new HashMap<>();
        V value;
        boolean hasValue;

        Node<V> freeze() {
            char[] keys = new char[next.size()];
            int k = 0;
            for (char c : next.keySet()) {
                keys[k++] = c;
            }
            Arrays.sort(keys);
            List<Node<V>> children = new ArrayList<>();
            for (char c : keys) {
                children.add(next.get(c).freeze());
            }
            return new Node<>(keys, children, value, hasValue);
        }
    }

    /**
     * A node of the built trie: its children's characters sorted, searched without boxing a
     * character or hashing it, which a map of characters did for every character of a text.
     */
    private record Node<V>(char[] keys, List<Node<V>> children, V value, boolean hasValue) {

        Node<V> next(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : children.get(at);
        }
    }

    private static final char FIRST_IDEOGRAPH = '\u3006';

    private final Node<V> root;
    private final boolean prefixes;

    /** @param prefixes whether a name may end inside a word (a keyword matching "trafficking" as "traffick") */
    public NameIndex(Map<String, V> names, boolean prefixes) {
        this.prefixes = prefixes;
        Growing<V> growing = new Growing<>();
        names.forEach((name, value) -> {
            Growing<V> node = growing;
            for (int i = 0; i < name.length(); i++) {
                node = node.next.computeIfAbsent(name.charAt(i), c -> new Growing<>());
            }
            node.value = value;
            node.hasValue = true;
        });
        this.root = growing.freeze();
    }

    /**
     * Every name in the text, in order, longest first where names overlap; matching is exact (case
     * included). In Arabic a name may carry the one-letter words written onto it ("والأردن" and
     * Jordan, "بالأردن" in Jordan, "وبمصر", and "للأردن", where ل before the article drops its
     * alif): the match is then the whole word.
     */
    public List<Match<V>> find(String text) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (i > 0 && isWordChar(text.charAt(i - 1)) && !isIdeograph(text.charAt(i))) {
                i++;
                continue;
            }
            Match<V> match = longest(text, i, i, root);
            for (int k = i + 1; match == null && k <= i + 2 && k < text.length() && isArabicProclitic(text.charAt(k - 1)); k++) {
                match = longest(text, i, k, root);
                if (match == null && text.charAt(k - 1) == 'ل' && root.next('ا') != null) {
                    match = longest(text, i, k, root.next('ا'));
                }
            }
            if (match != null) {
                found.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The longest name read from {@code from} on, having read up to {@code node} already; the match starts at {@code start}. */
    private Match<V> longest(String text, int start, int from, Node<V> node) {
        int end = -1;
        V value = null;
        for (int j = from; j < text.length(); j++) {
            node = node.next(text.charAt(j));
            if (node == null) {
                break;
            }
            if (node.hasValue() && (prefixes || j + 1 == text.length() || !isWordChar(text.charAt(j + 1))
                    || isIdeograph(text.charAt(j)))) {
                end = j + 1;
                value = node.value();
            }
        }
        return end < 0 ? null : new Match<>(value, text.substring(start, end), start, end);
    }

    /** The Arabic letters that are words of their own written onto the next: and, then, in/with, for, like. */
    private static boolean isArabicProclitic(char c) {
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
    }

    /** Chinese is written without spaces: a name in it starts and ends anywhere. */
    private static boolean isIdeograph(char c) {
        // No character before U+3006 is an ideograph; the look-up was a third of the scan.
        return c >= FIRST_IDEOGRAPH && Character.isIdeographic(c);
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            // The ASCII answer without the general category look-up, asked for every character.
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }
}
