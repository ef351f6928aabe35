package org.herald.importer.archive;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of file an archive may hold, told apart by their content first and their name second. */
public enum Format {
    CRAWLED_TEXT, HTML, WXR, JSON_LINES;

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|div|article|p|h1)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The format of a decoded file. */
    public static Format detect(String name, String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        String lower = name.toLowerCase(Locale.ROOT);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<?xml") || lower.endsWith(".xml") || lower.endsWith(".wxr")) {
            if (head.contains("wordpress.org/export") || head.contains("<rss")) {
                return WXR;
            }
        }
        if (HTML_START.matcher(head).find() || lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        if (trimmed.startsWith("{") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        return CRAWLED_TEXT;
    }
}
