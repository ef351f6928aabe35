package org.herald.importer.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs, quotes, lists and headings from the body lines of a crawled page.
 *
 * <p>Crawled press releases are often hard-wrapped with no blank line between paragraphs.
 * A line then ends a paragraph only when it ends a sentence and the next line's first word
 * would have fitted on it: the wrap width is estimated as the longest line, so a break that
 * left room for another word was made on purpose.
 */
final class BodyReader {

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•]|\\d{1,3}[.)])\\s+(\\S.*)$");
    // The ends of a line are read from its last characters: a pattern anchored at the end ("$")
    // is tried from every position of the line, which made them the costliest part of a body.
    private static final String SENTENCE_END = ".!?";
    private static final String CLAUSE_END = ".!?:;…";
    private static final String CLOSING_QUOTES = "\"”’'»";
    private static final String ANY_FINAL_PUNCTUATION = ".!?:;,…\"”’'»";
    private static final String OPENING_QUOTES = "\"“«„";
    private static final int MAX_HEADING_LENGTH = 80;

    private final List<String> lines;
    private final int width;
    private final boolean hardWrapped;
    private final List<BodyBlock> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private final List<List<String>> items = new ArrayList<>();

    private BodyReader(List<String> lines) {
        this.lines = lines;
        this.width = lines.stream().mapToInt(String::length).max().orElse(0);
        this.hardWrapped = looksHardWrapped(lines);
    }

    static List<BodyBlock> read(List<String> lines) {
        return new BodyReader(lines).readAll();
    }

    private List<BodyBlock> readAll() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher item = listItem(line);
            if (line.isEmpty()) {
                flushParagraph();
                flushList();
            } else if (item != null) {
                flushParagraph();
                items.add(new ArrayList<>(List.of(item.group(1))));
            } else if (!items.isEmpty() && !breaksOnPurpose(i - 1)) {
                items.get(items.size() - 1).add(line);
            } else {
                flushList();
                readTextLine(i);
            }
        }
        flushParagraph();
        flushList();
        return blocks;
    }

    private void readTextLine(int i) {
        String line = lines.get(i);
        if (paragraph.isEmpty() && isHeading(i)) {
            blocks.add(new BodyBlock.Heading(line));
            return;
        }
        paragraph.add(line);
        if (endsParagraph(i)) {
            flushParagraph();
        }
    }

    private boolean endsParagraph(int i) {
        String next = lineAfter(i);
        if (next == null || next.isEmpty() || listItem(next) != null || !hardWrapped) {
            return true;
        }
        return endsWith(lines.get(i), SENTENCE_END) && nextWordFits(lines.get(i), next);
    }

    /** Whether the line at {@code i} ends where it does by choice rather than by width. */
    private boolean breaksOnPurpose(int i) {
        String next = lineAfter(i);
        return !hardWrapped || next == null || next.isEmpty() || nextWordFits(lines.get(i), next);
    }

    /** A short line with no final punctuation, alone between paragraphs; deliberately strict. */
    private boolean isHeading(int i) {
        String line = lines.get(i);
        if (line.length() >= MAX_HEADING_LENGTH || ANY_FINAL_PUNCTUATION.indexOf(line.charAt(line.length() - 1)) >= 0
                || !startsWithCapital(line) || OPENING_QUOTES.indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        String next = lineAfter(i);
        if (next == null) {
            return false;
        }
        if (next.isEmpty()) {
            boolean blankBefore = i == 0 || lines.get(i - 1).isEmpty();
            return blankBefore && hasTextAfter(i + 1);
        }
        // Without blank lines, only a line far shorter than the wrap width stands out.
        return startsWithCapital(next) && line.length() * 2 <= width && nextWordFits(line, next);
    }

    private boolean nextWordFits(String line, String next) {
        int firstWord = 0;
        while (firstWord < next.length() && !isRegexSpace(next.charAt(firstWord))) {
            firstWord++;
        }
        return line.length() + 1 + firstWord <= width;
    }

    private String lineAfter(int i) {
        return i + 1 < lines.size() ? lines.get(i + 1) : null;
    }

    private boolean hasTextAfter(int from) {
        return lines.subList(from, lines.size()).stream().anyMatch(l -> !l.isEmpty());
    }

    private void flushParagraph() {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = join(paragraph);
        boolean quoted = OPENING_QUOTES.indexOf(text.charAt(0)) >= 0;
        blocks.add(quoted ? new BodyBlock.Quote(text) : new BodyBlock.Paragraph(text));
        paragraph.clear();
    }

    private void flushList() {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(new BodyBlock.ListBlock(items.stream().map(BodyReader::join).toList()));
        items.clear();
    }

    private static String join(List<String> parts) {
        StringBuilder text = new StringBuilder(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            // "inter-" + "governmental": a word split at its hyphen is glued back, hyphen kept,
            // since without a dictionary "cross-border" and "manage-ment" look the same.
            boolean splitWord = endsWithGluedHyphen(text) && Character.isLowerCase(part.codePointAt(0));
            text.append(splitWord ? "" : " ").append(part);
        }
        return text.toString();
    }

    /** Whether the text ends with a letter and a hyphen; looked at from the end, as texts grow long. */
    private static boolean endsWithGluedHyphen(CharSequence text) {
        int length = text.length();
        return length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2));
    }

    /** Most line breaks fall inside sentences: the text was wrapped to a width. */
    private static boolean looksHardWrapped(List<String> lines) {
        int breaks = 0;
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            if (line.isEmpty() || next.isEmpty() || listItem(next) != null) {
                continue;
            }
            breaks++;
            midSentence += endsWith(line, CLAUSE_END) ? 0 : 1;
        }
        return midSentence * 2 > breaks;
    }

    /** The list item the line is, with its text as group 1, or null. */
    private static Matcher listItem(String line) {
        // Only a line opening with a bullet or a digit can be one; most lines are spared the pattern.
        if (line.isEmpty() || "-*•".indexOf(line.charAt(0)) < 0 && (line.charAt(0) < '0' || line.charAt(0) > '9')) {
            return null;
        }
        Matcher item = LIST_ITEM.matcher(line);
        return item.matches() ? item : null;
    }

    /**
     * Whether the line ends with one of {@code marks}, maybe followed by a closing quote:
     * {@code [marks][closing quotes]?$}. Lines never hold a line break, so "$" is their end.
     */
    private static boolean endsWith(String line, String marks) {
        int last = line.length() - 1;
        if (last >= 0 && marks.indexOf(line.charAt(last)) >= 0) {
            return true;
        }
        return last >= 1 && CLOSING_QUOTES.indexOf(line.charAt(last)) >= 0 && marks.indexOf(line.charAt(last - 1)) >= 0;
    }

    /** A character of the pattern {@code \\s}: what {@code split("\\s+")} cut the first word at. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean startsWithCapital(String line) {
        int first = line.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }
}
