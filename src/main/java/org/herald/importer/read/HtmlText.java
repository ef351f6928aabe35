package org.herald.importer.read;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML fragment laid out as the crawled text the seed's parser reads: one line
 * per block, a blank line between blocks, list items marked "- ", a line break for each
 * {@code <br>}. Whitespace inside a block collapses as a browser would.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "td", "th",
            "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "body", "center", "aside");

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder line = new StringBuilder();

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText layout = new HtmlText();
        layout.walk(root);
        layout.endBlock();
        return layout.text.toString();
    }

    private void walk(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    endLine();
                } else if (BLOCKS.contains(tag)) {
                    endBlock();
                    if (tag.equals("li")) {
                        line.append("- ");
                    }
                    walk(e);
                    endBlock();
                } else {
                    walk(e);
                }
            }
        }
    }

    private void append(String words) {
        if (words.isBlank()) {
            if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
            return;
        }
        boolean spaceBefore = Character.isWhitespace(words.charAt(0));
        if (spaceBefore && !line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
        }
        line.append(words.strip());
        if (Character.isWhitespace(words.charAt(words.length() - 1))) {
            line.append(' ');
        }
    }

    private void endLine() {
        String done = line.toString().strip();
        line.setLength(0);
        if (!done.isEmpty() && !done.equals("-")) {
            text.append(done).append('\n');
        }
    }

    private void endBlock() {
        endLine();
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
    }
}
