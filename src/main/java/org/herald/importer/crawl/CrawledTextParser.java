package org.herald.importer.crawl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Takes the plain text of a crawled page apart: the site's menu at the top, then the title,
 * the body and, after a "For more information please contact:" line, the media contacts.
 * Each part is optional except the title (the first line that is not part of the menu).
 *
 * <p>Stateless and thread-safe.
 */
public final class CrawledTextParser {

    /** Parses one page; never fails on odd input, it only finds less. */
    public CrawledPage parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = lines(text);
        NavigationReader.Result navigation = NavigationReader.read(lines);
        int titleIndex = navigation.titleIndex();
        if (titleIndex >= lines.size()) {
            return new CrawledPage(navigation.entries(), null, List.of(), List.of());
        }
        int contactStart = ContactReader.findStart(lines, titleIndex + 1);
        List<BodyBlock> body = BodyReader.read(lines.subList(titleIndex + 1, contactStart));
        List<ContactPerson> contacts = ContactReader.read(lines.subList(contactStart, lines.size()));
        return new CrawledPage(navigation.entries(), lines.get(titleIndex), body, contacts);
    }

    /**
     * Parses text that has no site menu and whose title is known from elsewhere (an HTML page's
     * heading, a WordPress item's title): every line is body, up to the contact block.
     */
    public CrawledPage parseContent(String title, String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = lines(text);
        int contactStart = ContactReader.findStart(lines, 0);
        List<BodyBlock> body = BodyReader.read(lines.subList(0, contactStart));
        List<ContactPerson> contacts = ContactReader.read(lines.subList(contactStart, lines.size()));
        return new CrawledPage(List.of(), title, body, contacts);
    }

    private static List<String> lines(String text) {
        // Crawlers keep the no-break spaces of the HTML; String.strip() would not remove them.
        String clean = text.replace('\u00A0', ' ');
        if (clean.startsWith("\uFEFF")) {
            clean = clean.substring(1);
        }
        // What split("\\R", -1) gives, without a pattern tried at every character of the page.
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (LineBreaks.isLineBreak(c)) {
                lines.add(clean.substring(start, i).strip());
                if (c == '\r' && i + 1 < clean.length() && clean.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(clean.substring(start).strip());
        return Collections.unmodifiableList(lines);
    }
}
