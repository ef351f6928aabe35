package org.herald.importer.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.herald.importer.crawl.BodyBlock.Heading;
import org.herald.importer.crawl.BodyBlock.ListBlock;
import org.herald.importer.crawl.BodyBlock.Paragraph;
import org.herald.importer.crawl.BodyBlock.Quote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownWriterTests {

    @Test
    void separatesParagraphsByABlankLine() {
        String markdown = MarkdownWriter.toMarkdown(List.of(new Paragraph("One."), new Paragraph("Two.")));

        assertThat(markdown).isEqualTo("One.\n\nTwo.\n");
    }

    @Test
    void writesAQuoteAsABlockquoteKeepingItsQuoteMarks() {
        String text = "\"This agreement recognizes the growing importance (of regional cooperation),\" said "
                + "Director General McKinley.";

        String markdown = MarkdownWriter.toMarkdown(List.of(new Quote(text)));

        assertThat(markdown).isEqualTo("> " + text + "\n");
        assertThat(rendered(markdown).selectFirst("blockquote > p").wholeText()).isEqualTo(text);
    }

    @Test
    void writesHeadingsAndLists() {
        String markdown = MarkdownWriter.toMarkdown(List.of(new Heading("Background"),
                new ListBlock(List.of("border management", "1. return")), new ListBlock(List.of("labour"))));

        Document html = rendered(markdown);
        assertThat(html.selectFirst("h2").wholeText()).isEqualTo("Background");
        assertThat(html.select("ul")).hasSize(2);
        assertThat(html.select("ul").get(0).select("> li")).extracting(Element::wholeText)
                .containsExactly("border management", "1. return");
        assertThat(html.select("ol")).isEmpty();
    }

    @Test
    void keepsAHashInAHeading() {
        String markdown = MarkdownWriter.toMarkdown(List.of(new Heading("Why C# matters #")));

        assertThat(rendered(markdown).selectFirst("h2").wholeText()).isEqualTo("Why C# matters #");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1995. The year the office opened.",
        "2) A number and a parenthesis.",
        "# Not a heading",
        "> Not a quote",
        "- Not a list",
        "+ Not a list either",
        "---",
        "Some *stars* and _underscores_ and `ticks` here.",
        "A [link](http://example.org) and <b>tags</b> and <http://example.org>.",
        "A backslash \\* and an entity &amp; and &copy; and a bare & ampersand.",
        "A line ending with a backslash \\",
        "~~~ not a fence",
        "An ![image](x.png) mark."
    })
    void givesBackTheLiteralText(String text) {
        String markdown = MarkdownWriter.toMarkdown(List.of(new Paragraph(text)));

        Document html = rendered(markdown);
        assertThat(html.body().children()).hasSize(1);
        assertThat(html.selectFirst("body > p").wholeText()).isEqualTo(text);
    }

    @Test
    void doesNotEscapeQuotesOrParentheses() {
        String text = "IOM (the \"UN Migration Agency\") said: 'yes'.";

        assertThat(MarkdownWriter.toMarkdown(List.of(new Paragraph(text)))).isEqualTo(text + "\n");
    }

    @Test
    void leavesOutEmptyBlocks() {
        assertThat(MarkdownWriter.toMarkdown(List.of(new Paragraph(" "), new Paragraph("Text.")))).isEqualTo("Text.\n");
        assertThat(MarkdownWriter.toMarkdown(List.of())).isEmpty();
    }

    @Test
    void rendersTheSeedBodyBackToItsText() {
        List<BodyBlock> body = new CrawledTextParser().parse(SEED_LIKE).body();

        Document html = rendered(MarkdownWriter.toMarkdown(body));

        assertThat(html.select("body > p")).extracting(Element::wholeText)
                .containsExactly(((Paragraph) body.get(0)).text());
        assertThat(html.select("blockquote > p")).extracting(Element::wholeText)
                .containsExactly(((Quote) body.get(1)).text());
    }

    private static final String SEED_LIKE = """
            Title
            IOM Director General Brunson McKinley and Commonwealth of
            Independent States (CIS) Executive Secretary Sergei Lebedev will
            today sign a Memorandum of Understanding (MoU).
            "This agreement recognizes the growing importance of regional
            cooperation in managing migration," said Director General McKinley.
            """;

    private static Document rendered(String markdown) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }
}
