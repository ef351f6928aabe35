package org.herald.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns a Markdown body into the HTML the public site shows. Raw HTML in the Markdown (common in
 * imported archives) is allowed through commonmark and then sanitized with jsoup's relaxed
 * safelist, so no script, style, event handler or foreign frame survives.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);
    /** Only used to resolve relative links while sanitizing; never appears in the output. */
    private static final String BASE_URI = "https://herald.invalid/";

    private MarkdownRenderer() {
    }

    /** Sanitized HTML for the Markdown text. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return sanitize(html);
    }

    /** HTML from any source reduced to the safelist. */
    public static String sanitize(String html) {
        return Jsoup.clean(html, BASE_URI, SAFELIST, new Document.OutputSettings().prettyPrint(false));
    }
}
