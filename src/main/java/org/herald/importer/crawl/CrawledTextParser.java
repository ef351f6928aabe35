package org.herald.importer.crawl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Takes the plain text of a crawled page apart: the site's menu at the top, then the title,
 * the body and, after a "For more information please contact:" line, the media contacts.
 * Each part is optional except the title (the first line that is not part of the menu).
 *
 * <p>Stateless and thread-safe.
 */
public final class CrawledTextParser {

    /** How far after the menu the title is looked for. */
    private static final int TITLE_WINDOW = 40;
    private static final int SHORT_MAX = 30;
    private static final int SHORT_WORDS = 3;
    private static final int LABEL_MAX = 40;
    private static final int DATE_LINE_MAX = 60;
    private static final Pattern POSTED = Pattern.compile("^(?:posted|published|submitted|publié|publicado"
            + "|опубликовано|дата|نشر)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The words besides the date a date line has at most ("Wednesday, November 14, 2007 - 16:22"). */
    private static final int DATE_LINE_WORDS = 3;

    /** Parses one page; never fails on odd input, it only finds less. */
    public CrawledPage parse(String text) {
        return parse(text, PageChrome.NONE);
    }

    /**
     * Parses one page of a batch whose chrome is known. The title is the first line after the
     * site's menu that is no furniture, no date line and no kind label: "Subscribe to this feed",
     * "Updated 3 years ago" and a crumb trail are passed over. A kind label ("Press Release") and
     * date lines ("Posted: ...") found before the title open the body, where the recovery reads them.
     */
    public CrawledPage parse(String text, PageChrome chrome) {
        Objects.requireNonNull(text, "text");
        List<String> lines = lines(text);
        NavigationReader.Result navigation = NavigationReader.read(lines);
        int titleIndex = navigation.titleIndex();
        if (titleIndex >= lines.size()) {
            return new CrawledPage(navigation.entries(), null, List.of(), List.of());
        }
        List<String> opening = new ArrayList<>();
        int found = titleAfterChrome(lines, titleIndex, chrome, opening);
        if (found >= 0) {
            titleIndex = found;
        } else {
            opening.clear();
        }
        int contactStart = ContactReader.findStart(lines, titleIndex + 1);
        List<String> bodyLines = new ArrayList<>(opening);
        bodyLines.addAll(lines.subList(titleIndex + 1, contactStart));
        List<BodyBlock> body = BodyReader.read(bodyLines);
        List<ContactPerson> contacts = ContactReader.read(lines.subList(contactStart, lines.size()));
        return new CrawledPage(navigation.entries(), lines.get(titleIndex), body, contacts);
    }

    /**
     * The index of the title at or after {@code from}, or -1 when none is found before the text
     * (then the first line after the menu is the title, as before). Fills {@code opening} with the
     * label and date lines passed over, each followed by a blank line.
     */
    private static int titleAfterChrome(List<String> lines, int from, PageChrome chrome, List<String> opening) {
        int end = Math.min(lines.size(), from + TITLE_WINDOW);
        String label = null;
        for (int i = from; i < end; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (isDateLine(line)) {
                opening.add(line);
                opening.add("");
                continue;
            }
            if (isShort(line) && KindWords.kindOf(line) != null) {
                label = line;  // "Press Release" alone on its line labels the page; it is never the title
                continue;
            }
            if (chrome.isChrome(line) || isShortInARun(lines, i, chrome)) {
                label = KindWords.kindOf(line) != null && line.length() <= LABEL_MAX ? line : null;
                continue;
            }
            if (label != null) {
                opening.add(0, "");
                opening.add(0, label);
            }
            return i;
        }
        return -1;
    }

    /** A "Posted: ..." line, or a short line with a year and hardly any words besides. */
    static boolean isDateLine(String line) {
        if (line.length() > DATE_LINE_MAX || !YEAR.matcher(line).find()) {
            return false;
        }
        if (POSTED.matcher(line).find()) {
            return true;
        }
        int words = 0;
        for (var m = WORD.matcher(line); m.find(); ) {
            words++;
        }
        return words <= DATE_LINE_WORDS;
    }

    /** A line of one to three words next to another such line or to furniture: a menu. */
    private static boolean isShortInARun(List<String> lines, int i, PageChrome chrome) {
        if (!isShort(lines.get(i))) {
            return false;
        }
        String before = neighbour(lines, i, -1);
        String after = neighbour(lines, i, 1);
        return (before != null && (isShort(before) || chrome.isChrome(before)))
                || (after != null && (isShort(after) || chrome.isChrome(after)));
    }

    /** A menu entry's shape: one to three words, no sentence's end; no date, no Chinese (it has no spaces). */
    private static boolean isShort(String line) {
        return line.length() <= SHORT_MAX && !isDateLine(line) && !HAN.matcher(line).find()
                && line.split("\\s+").length <= SHORT_WORDS && ".!?:".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static String neighbour(List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).isEmpty()) {
                return lines.get(j);
            }
        }
        return null;
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
