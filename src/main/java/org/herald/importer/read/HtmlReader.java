package org.herald.importer.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.herald.importer.crawl.BodyBlock;
import org.herald.importer.crawl.CrawledPage;
import org.herald.importer.crawl.CrawledTextParser;
import org.herald.importer.crawl.KindWords;
import org.herald.importer.crawl.PageChrome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An HTML page of an old site: the main content is the first of the usual containers
 * ({@code <article>}, {@code <main>}, a "content" block), with menus, headers, footers, side
 * bars, forms and scripts dropped; title and date come from the page's metadata when it has
 * them. jsoup repairs broken markup as browsers do; a page so broken that many repairs were
 * needed is read but flagged for review.
 */
final class HtmlReader {

    private static final String[] MAIN = {"article", "main", "[role=main]", "#main-content", "#content",
        ".region-content", ".entry-content", ".post-content", ".node__content", ".content", "#main"};
    private static final String DROP = "nav, header, footer, aside, script, style, noscript, form, iframe, template, "
            + "svg, button, .breadcrumb, .breadcrumbs, .menu, .sidebar, .share, .social, .skip-link, [role=navigation], "
            + "[aria-hidden=true]";
    private static final String[] DATE_META = {"article:published_time", "og:article:published_time", "date",
        "dc.date", "dcterms.date", "dc.date.issued", "pubdate", "publish-date", "datepublished"};
    private static final String[] KIND_SELECTORS = {"meta[property=article:section]", "meta[name=type]",
        ".field--name-field-type", ".content-type", ".format", ".post-type", ".article-type", ".category", ".kind"};
    private static final int BROKEN_AFTER_ERRORS = 3;
    private static final int MAX_TITLE = 200;
    private static final int MIN_TITLE = 10;
    private static final int CHROME_WORDS = 3;
    private static final int MAX_DATE_TEXT = 80;
    private static final int TITLE_WITHIN_BLOCKS = 3;
    private static final String DATE_ELEMENTS = ".submitted, .date, .posted, .post-date, .field--name-created";
    private static final java.util.regex.Pattern TITLE_SEPARATORS =
            java.util.regex.Pattern.compile("\\s+(?:\\||-|–|—|::|»)\\s+");
    private static final CrawledTextParser PARSER = new CrawledTextParser();

    private HtmlReader() {
    }

    static void read(String source, String html, ItemSink sink) {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document page = Jsoup.parse(html, "", parser);
        List<String> warnings = new ArrayList<>();
        if (parser.getErrors().size() >= BROKEN_AFTER_ERRORS) {
            warnings.add("html-broken");
        }
        String kindHint = kindHint(page);
        LocalDate date = metaDate(page);
        String language = page.selectFirst("html[lang]") == null ? null : page.selectFirst("html[lang]").attr("lang");
        Element main = main(page);
        String dateOutside = dateOutside(page, main);
        main.select(DROP).remove();
        Element heading = main.selectFirst("h1");
        // An unclosed <h1> swallows the page: then the title comes from the metadata instead.
        if (heading != null && heading.text().length() > MAX_TITLE) {
            heading = null;
        }
        String title = title(page, heading);
        if (heading != null) {
            heading.remove();
        }
        String text = HtmlText.of(main);
        if (date == null && dateOutside != null) {
            // The theme's "Submitted by ... on <date>" line sits beside the content: it opens the body.
            text = dateOutside + "\n\n" + text;
        }
        if (heading == null && title != null) {
            title = titleInText(page.title(), text, title);
        }
        if (title == null && text.isBlank()) {
            sink.failed(source, "broken HTML: no title and no text could be recovered");
            return;
        }
        if (kindHint == null && title != null) {
            // "The title | IOM Stories": the title tag's other parts may name the site's section.
            String rest = page.title().replace(title, " ");
            kindHint = KindWords.kindOf(rest) != null ? rest.strip().toLowerCase(Locale.ROOT) : null;
        }
        String crumbs = crumbs(page);
        CrawledPage content = PARSER.parseContent(title, text);
        if (kindHint == null && content.contacts().isEmpty()) {
            kindHint = crumbs;
        }
        List<BodyBlock> body = new ArrayList<>(content.body());
        dropLeadingChrome(body);
        removeTitle(body, title);
        sink.item(new RawItem(source, source, html, title, body, content.contacts(), date, kindHint,
                language, warnings));
    }

    /**
     * Menus a page without a content container keeps at the top of its text ("Home / News /
     * Links" in a table's cell): leading blocks made only of furniture or of short lines with no
     * digit and no kind label are dropped, so that the title, the label and the dateline lead.
     */
    private static void dropLeadingChrome(List<BodyBlock> body) {
        while (!body.isEmpty() && isChrome(body.get(0))) {
            body.remove(0);
        }
    }

    private static boolean isChrome(BodyBlock block) {
        List<String> lines = block instanceof BodyBlock.ListBlock list ? list.items()
                : List.of((block instanceof BodyBlock.Paragraph p ? p.text()
                : block instanceof BodyBlock.Heading h ? h.text() : "x x x x x").split("\n"));
        // A label ("Press Release") alone is no menu; in a column of short entries it is one.
        boolean column = lines.size() > 1;
        return lines.stream().allMatch(line -> PageChrome.NONE.isChrome(line)
                || line.split("\\s+").length <= CHROME_WORDS && line.chars().noneMatch(Character::isDigit)
                && (column || KindWords.kindOf(line) == null)
                && !line.strip().isEmpty() && Character.isUpperCase(line.strip().codePointAt(0)));
    }

    /** The title printed again as the text's first lines (a bold line under a table's menu) is removed. */
    private static void removeTitle(List<BodyBlock> body, String title) {
        if (title == null) {
            return;
        }
        for (int i = 0; i < Math.min(TITLE_WITHIN_BLOCKS, body.size()); i++) {
            BodyBlock block = body.get(i);
            String text = block instanceof BodyBlock.Heading h ? h.text()
                    : block instanceof BodyBlock.Paragraph p ? p.text() : null;
            if (text != null && text.strip().equalsIgnoreCase(title.strip())) {
                body.remove(i);
                return;
            }
        }
    }

    /**
     * The title when the page has no heading: of the parts of its {@code <title>} ("Site - The
     * title", "The title | Site"), the one the text prints on a line of its own; else the one found
     * before.
     */
    private static String titleInText(String titleTag, String text, String found) {
        String best = null;
        for (String part : TITLE_SEPARATORS.split(titleTag)) {
            String candidate = part.strip();
            if (candidate.length() >= MIN_TITLE && (best == null || candidate.length() > best.length())
                    && text.lines().anyMatch(line -> line.strip().equalsIgnoreCase(candidate))) {
                best = candidate;
            }
        }
        return best != null ? best : found;
    }

    /** The text of a date element outside the main content (Drupal's "submitted" line), or null. */
    private static String dateOutside(Document page, Element main) {
        for (Element element : page.select(DATE_ELEMENTS)) {
            if (!element.parents().contains(main) && element != main) {
                String text = element.text().strip();
                if (!text.isEmpty() && text.length() <= MAX_DATE_TEXT) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Element main(Document page) {
        for (String selector : MAIN) {
            Element found = page.selectFirst(selector);
            if (found != null && found.text().length() > 80) {
                return found;
            }
        }
        return page.body();
    }

    private static String title(Document page, Element heading) {
        if (heading != null && !heading.text().isBlank()) {
            return heading.text().strip();
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String title = page.title();
        // "The release | Old Site" → "The release"
        int bar = Math.max(title.lastIndexOf(" | "), title.lastIndexOf(" – "));
        String clean = (bar > 0 ? title.substring(0, bar) : title).strip();
        return clean.isEmpty() ? null : clean;
    }

    static LocalDate metaDate(Document page) {
        for (String name : DATE_META) {
            for (Element meta : page.select("meta")) {
                String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
                if (key.equalsIgnoreCase(name) || meta.attr("itemprop").equalsIgnoreCase(name)) {
                    LocalDate date = isoDate(meta.attr("content"));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : isoDate(time.attr("datetime"));
    }

    /** An ISO 8601 date or date-time's day; null for anything else. */
    static LocalDate isoDate(String value) {
        String v = value == null ? "" : value.strip();
        try {
            return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
        } catch (DateTimeParseException notIso) {
            try {
                return v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
            } catch (DateTimeParseException stillNot) {
                return null;
            }
        }
    }

    /** The crumb trail's words: a section's name is the weakest hint, weaker than media contacts. */
    private static String crumbs(Document page) {
        StringBuilder hint = new StringBuilder();
        page.select(".breadcrumb, .breadcrumbs").forEach(crumbs -> hint.append(crumbs.text()).append(' '));
        String result = hint.toString().strip().toLowerCase(Locale.ROOT);
        return result.isEmpty() ? null : result;
    }

    private static String kindHint(Document page) {
        StringBuilder hint = new StringBuilder();
        for (String selector : KIND_SELECTORS) {
            for (Element element : page.select(selector)) {
                hint.append(element.hasAttr("content") ? element.attr("content") : element.text()).append(' ');
            }
        }
        String result = hint.toString().strip().toLowerCase(Locale.ROOT);
        return result.isEmpty() ? null : result;
    }
}
