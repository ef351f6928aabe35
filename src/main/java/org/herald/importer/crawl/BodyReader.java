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
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’'»]?$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?:;…][\"”’'»]?$");
    private static final Pattern ANY_FINAL_PUNCTUATION = Pattern.compile("[.!?:;,…\"”’'»]$");
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
            Matcher item = LIST_ITEM.matcher(line);
            if (line.isEmpty()) {
                flushParagraph();
                flushList();
            } else if (item.matches()) {
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
        if (next == null || next.isEmpty() || LIST_ITEM.matcher(next).matches() || !hardWrapped) {
            return true;
        }
        return SENTENCE_END.matcher(lines.get(i)).find() && nextWordFits(lines.get(i), next);
    }

    /** Whether the line at {@code i} ends where it does by choice rather than by width. */
    private boolean breaksOnPurpose(int i) {
        String next = lineAfter(i);
        return !hardWrapped || next == null || next.isEmpty() || nextWordFits(lines.get(i), next);
    }

    /** A short line with no final punctuation, alone between paragraphs; deliberately strict. */
    private boolean isHeading(int i) {
        String line = lines.get(i);
        if (line.length() >= MAX_HEADING_LENGTH || ANY_FINAL_PUNCTUATION.matcher(line).find()
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
        int firstWord = next.split("\\s+", 2)[0].length();
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
            if (line.isEmpty() || next.isEmpty() || LIST_ITEM.matcher(next).matches()) {
                continue;
            }
            breaks++;
            midSentence += CLAUSE_END.matcher(line).find() ? 0 : 1;
        }
        return midSentence * 2 > breaks;
    }

    private static boolean startsWithCapital(String line) {
        int first = line.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }
}
