package org.herald.importer.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes body blocks as CommonMark. Crawled text is literal text, so every character that
 * Markdown would read as markup is escaped: rendering the result gives back exactly the text.
 * Characters that are markup only at the start of a line ({@code #}, {@code >}, "1.", "- ")
 * are escaped only there, and quotes and parentheses never, to keep the source readable.
 */
public final class MarkdownWriter {

    private static final Markup INLINE_MARKUP = new Markup(
            Pattern.compile("[\\\\`*_\\[\\]<]|&(?=#?[A-Za-z0-9]+;)"), "\\`*_[]<&");
    // In a heading a trailing "#" run would be read as the closing sequence and dropped.
    private static final Markup HEADING_MARKUP = new Markup(
            Pattern.compile("[\\\\`*_\\[\\]<#]|&(?=#?[A-Za-z0-9]+;)"), "\\`*_[]<&#");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern LINE_START_MARKUP = Pattern.compile("^(?:[#>]|[-+](?:\\s|$)|[-=]+\\s*$|~~~)");
    // Compiled once: String.split and replaceAll compile their pattern on every call.
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Inline markup: its pattern, and the (ASCII) characters a match starts with, to pass by text
     * that has none with one table look-up per character.
     */
    private record Markup(Pattern pattern, boolean[] starts) {

        Markup(Pattern pattern, String starts) {
            this(pattern, table(starts));
        }

        private static boolean[] table(String characters) {
            boolean[] table = new boolean[128];
            characters.chars().forEach(c -> table[c] = true);
            return table;
        }

        String escape(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c < 128 && starts[c]) {
                    return pattern.matcher(line).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
                }
            }
            return line;
        }
    }

    private MarkdownWriter() {
    }

    /** The blocks as Markdown, separated by blank lines; blocks without text are left out. */
    public static String toMarkdown(List<BodyBlock> blocks) {
        List<String> written = new ArrayList<>();
        String bullet = "*";
        boolean previousWasList = false;
        for (BodyBlock block : blocks) {
            // Two lists in a row would merge into one; changing the bullet starts a new list.
            bullet = previousWasList && bullet.equals("-") ? "*" : "-";
            String markdown = write(block, bullet);
            if (!markdown.isEmpty()) {
                written.add(markdown);
            }
            previousWasList = block instanceof BodyBlock.ListBlock;
        }
        return written.isEmpty() ? "" : String.join("\n\n", written) + "\n";
    }

    private static String write(BodyBlock block, String bullet) {
        if (block instanceof BodyBlock.Paragraph paragraph) {
            return escape(paragraph.text(), "", "", INLINE_MARKUP);
        }
        if (block instanceof BodyBlock.Quote quote) {
            return escape(quote.text(), "> ", "> ", INLINE_MARKUP);
        }
        if (block instanceof BodyBlock.Heading heading) {
            return escape(SPACES.matcher(heading.text()).replaceAll(" "), "## ", "", HEADING_MARKUP);
        }
        List<String> items = new ArrayList<>();
        for (String item : ((BodyBlock.ListBlock) block).items()) {
            // Continuation lines are indented to stay inside their item.
            items.add(item.isBlank() ? bullet : escape(item, bullet + " ", "  ", INLINE_MARKUP));
        }
        return String.join("\n", items);
    }

    /** Escapes each line of {@code text}, the first behind {@code first}, others behind {@code rest}. */
    private static String escape(String text, String first, String rest, Markup markup) {
        if (text.isBlank()) {
            return "";
        }
        String stripped = text.strip();
        // Most blocks are one line: the pattern need not look for breaks in them.
        String[] lines = hasLineBreak(stripped) ? LINE_BREAK.split(stripped) : new String[] {stripped};
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(out.isEmpty() ? first : "\n" + rest).append(escapeLine(line.strip(), markup));
        }
        return out.toString();
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LineBreaks.isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String escapeLine(String line, Markup markup) {
        String escaped = markup.escape(line);
        Matcher ordered = ORDERED_MARKER.matcher(escaped);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + escaped.substring(ordered.end());
        }
        return LINE_START_MARKUP.matcher(escaped).find() ? "\\" + escaped : escaped;
    }
}
