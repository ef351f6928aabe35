package org.herald.search;

import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for the highlighter's passages, found in one pass over the text: after a
 * full stop, question or exclamation mark (Latin, Arabic or Chinese) followed by a space or the
 * end, and at each line break, with the spaces that follow kept in the sentence before, as the
 * JDK's sentence iterator does. The JDK's iterator walked the text one virtual character call at
 * a time and took a third of the time spent making snippets (ICU4J's, over the character
 * iterator the highlighter hands it, was slower still); passages only need to be readable
 * pieces, not the full Unicode rules.
 */
final class SentenceBreaks extends java.text.BreakIterator {

    private String text = "";
    private int[] boundaries = {0};
    private int count = 1;
    private int index;

    @Override
    public void setText(String newText) {
        text = newText;
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || isStop(c) && (i + 1 == length || isFullWidthStop(c)
                    || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                int after = i + 1;
                while (after < length && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                if (after < length) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = after;
                }
                i = after - 1;
            }
        }
        if (length > 0) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n + 1);
            }
            found[n++] = length;
        }
        boundaries = found;
        count = n;
        index = 0;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || isFullWidthStop(c);
    }

    private static boolean isFullWidthStop(char c) {
        return c == '。' || c == '！' || c == '？' || c == '؟';
    }

    @Override
    public void setText(CharacterIterator source) {
        StringBuilder copy = new StringBuilder();
        for (char c = source.first(); c != CharacterIterator.DONE; c = source.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        index = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        index = count - 1;
        return boundaries[index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= count) {
            index = target < 0 ? 0 : count - 1;
            return DONE;
        }
        index = target;
        return boundaries[index];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int at = Arrays.binarySearch(boundaries, 0, count, offset);
        int next = at >= 0 ? at + 1 : -at - 1;
        if (next >= count) {
            index = count - 1;
            return DONE;
        }
        index = next;
        return boundaries[index];
    }

    @Override
    public int preceding(int offset) {
        int at = Arrays.binarySearch(boundaries, 0, count, offset);
        int before = (at >= 0 ? at : -at - 1) - 1;
        if (before < 0) {
            index = 0;
            return DONE;
        }
        index = before;
        return boundaries[index];
    }

    @Override
    public int current() {
        return boundaries[index];
    }
}
