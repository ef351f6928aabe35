package org.herald.importer.read;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.herald.importer.crawl.CrawledPage;
import org.herald.importer.crawl.CrawledTextParser;
import org.jsoup.Jsoup;

/**
 * A WordPress export (WXR): an RSS feed whose items are posts and pages, read with StAX one
 * item at a time. Attachments and menu entries are not content and are left out. The body is
 * WordPress's HTML, where a blank line means a paragraph break.
 */
final class WxrReader {

    private static final CrawledTextParser PARSER = new CrawledTextParser();
    private static final java.util.Set<String> CONTENT_TYPES = java.util.Set.of("post", "page");

    private WxrReader() {
    }

    static void read(String source, String xml, ItemSink sink) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String language = null;
        int count = 0;
        try {
            XMLStreamReader xmlReader = factory.createXMLStreamReader(new StringReader(xml));
            while (xmlReader.hasNext()) {
                if (xmlReader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xmlReader.getLocalName();
                if (name.equals("language") && count == 0) {
                    language = xmlReader.getElementText().strip();
                } else if (name.equals("item")) {
                    Map<String, String> fields = item(xmlReader);
                    count++;
                    emit(source, fields, language, count, sink);
                }
            }
        } catch (XMLStreamException e) {
            sink.failed(source, "broken WXR: " + e.getMessage().replaceAll("\\s+", " "));
        }
    }

    /** The item's fields by local name; categories joined in "category". */
    private static Map<String, String> item(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = (xml.getPrefix() == null || xml.getPrefix().isEmpty() ? "" : xml.getPrefix() + ":")
                        + xml.getLocalName();
                if (name.equals("wp:postmeta") || name.equals("wp:comment")) {
                    skip(xml);
                    continue;
                }
                String text = xml.getElementText();
                fields.merge(name, text, (a, b) -> a + " " + b);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return fields;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static void emit(String source, Map<String, String> fields, String language, int n, ItemSink sink) {
        String type = fields.getOrDefault("wp:post_type", "post");
        if (!CONTENT_TYPES.contains(type)) {
            return;
        }
        String guid = fields.getOrDefault("guid", "").strip();
        String identity = guid.isEmpty() ? source + "#" + fields.getOrDefault("wp:post_id", String.valueOf(n)) : guid;
        String itemSource = source + "#" + (fields.containsKey("wp:post_id") ? fields.get("wp:post_id") : n);
        String title = fields.getOrDefault("title", "").strip();
        String html = fields.getOrDefault("content:encoded", "");
        String text = HtmlText.of(Jsoup.parseBodyFragment(paragraphs(html)).body());
        if (title.isEmpty() && text.isBlank()) {
            sink.failed(itemSource, "the item has no title and no text");
            return;
        }
        CrawledPage content = PARSER.parseContent(title.isEmpty() ? null : title, text);
        String kindHint = type.equals("page") ? "page" : fields.getOrDefault("category", null);
        List<String> warnings = new ArrayList<>();
        sink.item(new RawItem(itemSource, identity, title + "\n" + html, title.isEmpty() ? null : title,
                content.body(), content.contacts(), date(fields), kindHint, language, warnings));
    }

    /** WordPress stores paragraphs as blank lines and line breaks as newlines (its "autop"). */
    private static String paragraphs(String html) {
        if (html.contains("<p")) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : html.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static LocalDate date(Map<String, String> fields) {
        String gmt = fields.getOrDefault("wp:post_date_gmt", "").strip();
        if (!gmt.isEmpty() && !gmt.startsWith("0000")) {
            return HtmlReader.isoDate(gmt.substring(0, Math.min(10, gmt.length())));
        }
        String pubDate = fields.getOrDefault("pubDate", "").strip();
        try {
            return pubDate.isEmpty() ? null : ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRfc) {
            return null;
        }
    }
}
