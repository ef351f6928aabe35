package org.herald.importer.read;

import java.util.List;

import org.herald.importer.crawl.CrawledPage;
import org.herald.importer.crawl.CrawledTextParser;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Herald's JSON Lines export: one object per line with {@code id}, {@code title}, {@code body}
 * (plain text, paragraphs separated by a blank line) and optionally {@code kind},
 * {@code language}, {@code date} (ISO 8601). A line that is not such an object fails alone.
 */
final class JsonLinesReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CrawledTextParser PARSER = new CrawledTextParser();

    private JsonLinesReader() {
    }

    static void read(String source, String text, ItemSink sink) {
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                sink.failed(source + "#" + number, "not a JSON object on line " + number);
                continue;
            }
            String id = field(node, "id");
            String itemSource = source + "#" + (id == null ? number : id);
            String title = field(node, "title");
            String body = field(node, "body");
            if (!node.isObject() || (title == null && body == null)) {
                sink.failed(itemSource, "no title and no body on line " + number);
                continue;
            }
            CrawledPage content = PARSER.parseContent(title, body == null ? "" : body);
            String identity = id == null ? itemSource : "jsonl:" + id;
            sink.item(new RawItem(itemSource, identity, line, title, content.body(), content.contacts(),
                    HtmlReader.isoDate(field(node, "date")), field(node, "kind"), field(node, "language"), List.of()));
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
