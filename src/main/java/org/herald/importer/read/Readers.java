package org.herald.importer.read;

import org.herald.importer.archive.Decoding;
import org.herald.importer.archive.Format;
import org.herald.importer.archive.SourceFile;
import org.herald.importer.crawl.PageChrome;

/** Reads a file of any supported format and encoding into raw items. */
public final class Readers {

    private Readers() {
    }

    /** Hands the file's items, or its failure, to the sink. */
    public static void read(SourceFile file, ItemSink sink) {
        read(file, PageChrome.NONE, sink);
    }

    /** Hands the file's items, or its failure, to the sink; a crawled page is read with the batch's chrome. */
    public static void read(SourceFile file, PageChrome chrome, ItemSink sink) {
        if (file.isFailed()) {
            sink.failed(file.name(), file.failure());
            return;
        }
        if (file.bytes().length == 0) {
            sink.failed(file.name(), "empty file");
            return;
        }
        Decoding.Decoded decoded = Decoding.decode(file.bytes());
        if (Decoding.looksBinary(file.bytes(), decoded.text())) {
            sink.failed(file.name(), "binary file, not text");
            return;
        }
        if (decoded.text().isBlank()) {
            sink.failed(file.name(), "empty file");
            return;
        }
        try {
            switch (Format.detect(file.name(), decoded.text())) {
                case HTML -> HtmlReader.read(file.name(), decoded.text(), sink);
                case WXR -> WxrReader.read(file.name(), decoded.text(), sink);
                case JSON_LINES -> JsonLinesReader.read(file.name(), decoded.text(), sink);
                case CRAWLED_TEXT -> CrawledTextReader.read(file.name(), decoded.text(), chrome, sink);
            }
        } catch (RuntimeException unexpected) {
            // One unreadable file must not stop the batch.
            sink.failed(file.name(), "cannot be read: " + unexpected.getClass().getSimpleName());
        }
    }

    /**
     * The text of a crawled page (no HTML, WXR or JSON Lines), for learning a batch's chrome; null
     * for any other file.
     */
    public static String crawledText(SourceFile file) {
        if (file.isFailed() || file.bytes().length == 0) {
            return null;
        }
        Decoding.Decoded decoded = Decoding.decode(file.bytes());
        return Format.detect(file.name(), decoded.text()) == Format.CRAWLED_TEXT ? decoded.text() : null;
    }
}
