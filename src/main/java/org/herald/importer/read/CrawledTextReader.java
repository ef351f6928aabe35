package org.herald.importer.read;

import java.util.List;

import org.herald.importer.crawl.CrawledPage;
import org.herald.importer.crawl.CrawledTextParser;
import org.herald.importer.crawl.PageChrome;

/** A crawled page, as the seed is: the seed's own parser takes it apart. */
final class CrawledTextReader {

    private static final CrawledTextParser PARSER = new CrawledTextParser();

    private CrawledTextReader() {
    }

    static void read(String source, String text, PageChrome chrome, ItemSink sink) {
        CrawledPage page = PARSER.parse(text, chrome);
        if (page.title() == null) {
            sink.failed(source, "no text after the site's navigation");
            return;
        }
        sink.item(new RawItem(source, source, text, page.title(), page.body(), page.contacts(), null, null, null,
                List.of()));
    }
}
