package org.herald.feeds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.jdom2.Element;
import org.jdom2.Namespace;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Feed} in each format: RSS 2.0 and Atom 1.0 through ROME, JSON Feed 1.1
 * through Jackson (ROME has no JSON Feed writer).
 */
final class FeedWriter {

    /** The one date that claims nothing: an empty feed's {@code updated}, which Atom requires. */
    static final OffsetDateTime NOTHING_YET = OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedWriter() {
    }

    static String write(Feed feed, FeedFormat format) {
        return format == FeedFormat.JSON ? json(feed) : rome(feed, format);
    }

    private static String rome(Feed feed, FeedFormat format) {
        SyndFeed out = new SyndFeedImpl();
        out.setFeedType(format.romeType());
        out.setTitle(feed.title());
        out.setDescription(feed.description());
        out.setLanguage(feed.language().code());
        out.setUri(feed.id());
        out.setLink(feed.pageUrl());
        out.setPublishedDate(date(feed.updated() == null ? NOTHING_YET : feed.updated()));
        if (format == FeedFormat.ATOM) {
            // RSS would put the name where an e-mail address belongs (managingEditor); Atom needs it.
            SyndPerson author = new SyndPersonImpl();
            author.setName(feed.author());
            author.setUri(feed.pageUrl().replaceFirst("(https?://[^/]+/[a-z]{2}/).*", "$1"));
            out.setAuthors(new ArrayList<>(List.of(author)));
            out.setLinks(List.of(link("self", feed.selfUrl(), format.mediaType().toString()),
                    link("alternate", feed.pageUrl(), "text/html")));
        } else {
            // RSS 2.0 has no self link of its own; the W3C validator asks for Atom's.
            Element self = new Element("link", ATOM);
            self.setAttribute("href", feed.selfUrl());
            self.setAttribute("rel", "self");
            self.setAttribute("type", format.mediaType().toString());
            out.setForeignMarkup(new ArrayList<>(List.of(self)));
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            entries.add(entry(item));
        }
        out.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(out, false);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static SyndEntry entry(FeedItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(item.id());
        entry.setLink(item.url());
        entry.setTitle(item.title());
        if (item.published() != null) {
            entry.setPublishedDate(date(item.published()));
        }
        entry.setUpdatedDate(date(item.updated()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(item.summary() == null || item.summary().isBlank() ? item.title() : item.summary());
        entry.setDescription(summary);
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(item.contentHtml());
        entry.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        for (FeedItem.Category category : item.categories()) {
            SyndCategory out = new SyndCategoryImpl();
            out.setName(category.term());
            out.setLabel(category.label());
            out.setTaxonomyUri(category.scheme());
            categories.add(out);
        }
        entry.setCategories(categories);
        DCModule dc = new DCModuleImpl();
        dc.setLanguage(item.language().code());
        if (item.dateline() != null) {
            dc.setCoverage(item.dateline());
        }
        entry.getModules().add(dc);
        return entry;
    }

    private static String json(Feed feed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", "https://jsonfeed.org/version/1.1");
        out.put("title", feed.title());
        out.put("home_page_url", feed.pageUrl());
        out.put("feed_url", feed.selfUrl());
        out.put("description", feed.description());
        out.put("language", feed.language().code());
        out.put("authors", List.of(Map.of("name", feed.author())));
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.id());
            json.put("url", item.url());
            json.put("title", item.title());
            json.put("content_html", item.contentHtml());
            if (item.summary() != null && !item.summary().isBlank()) {
                json.put("summary", item.summary());
            }
            if (item.published() != null) {
                json.put("date_published", iso(item.published()));
            }
            json.put("date_modified", iso(item.updated()));
            json.put("language", item.language().code());
            json.put("tags", item.categories().stream().map(FeedItem.Category::label).distinct().toList());
            Map<String, Object> herald = new LinkedHashMap<>();
            herald.put("release_date", item.releaseDate() == null ? null : item.releaseDate().toString());
            if (item.releaseDate() == null) {
                herald.put("release_date_reason", "unknown");
            }
            herald.put("dateline", item.dateline());
            herald.put("categories", item.categories().stream().map(c -> Map.of("term", c.term(), "label", c.label(),
                    "scheme", c.scheme())).toList());
            json.put("_herald", herald);
            items.add(json);
        }
        out.put("items", items);
        return JSON.writeValueAsString(out);
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Date date(OffsetDateTime instant) {
        return Date.from(instant.toInstant());
    }

    private static String iso(OffsetDateTime instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.withNano(0));
    }
}
