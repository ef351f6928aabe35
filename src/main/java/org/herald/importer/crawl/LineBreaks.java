package org.herald.importer.crawl;

/** The characters that break a line, as the pattern {@code \R} reads them ("\r\n" is one break of two). */
final class LineBreaks {

    private LineBreaks() {
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
