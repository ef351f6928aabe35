package org.herald.importer.read;

import org.herald.importer.archive.Decoding;
import org.herald.importer.archive.Format;
import org.herald.importer.archive.SourceFile;

/** Reads a file of any supported format and encoding into raw items. */
public final class Readers {

    private Readers() {
    }

    /** Hands the file's items, or its failure, to the sink. */
    public static void read(SourceFile file, ItemSink sink) {
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
                case CRAWLED_TEXT -> CrawledTextReader.read(file.name(), decoded.text(), sink);
            }
        } catch (RuntimeException unexpected) {
            // One unreadable file must not stop the batch.
            sink.failed(file.name(), "cannot be read: " + unexpected.getClass().getSimpleName());
        }
    }
}
