package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    @Test
    void rendersMarkdownStructure() {
        String html = MarkdownRenderer.toHtml("A paragraph.\n\n> \"A quote,\" said someone.\n\n## Heading\n\n- one\n- two");
        assertThat(html).contains("<p>A paragraph.</p>", "<blockquote>", "<h2>Heading</h2>", "<li>one</li>");
    }

    @Test
    void removesEverythingThatCouldRunOrLeak() {
        String html = MarkdownRenderer.toHtml("""
                [link](javascript:alert(3))

                <script>alert(1)</script>
                <img src="x" onerror="alert(2)">
                <iframe src="https://evil.example"></iframe>
                <a href="/en/countries/by" onclick="alert(4)" style="color:red">Belarus</a>
                <svg><script>alert(5)</script></svg>
                """);
        assertThat(html).doesNotContain("<script", "onerror", "javascript:", "<iframe", "onclick", "style=", "<svg");
        assertThat(html).contains("<a href=\"/en/countries/by\">Belarus</a>", "<a>link</a>");
    }

    @Test
    void keepsPhoneAndMailLinks() {
        String html = MarkdownRenderer.toHtml("[Call](tel:+375172882742) or [write](mailto:a@b.org)");
        assertThat(html).contains("href=\"tel:+375172882742\"", "href=\"mailto:a@b.org\"");
    }
}
