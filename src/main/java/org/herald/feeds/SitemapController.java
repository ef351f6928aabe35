package org.herald.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedLocation;
import org.herald.content.PublishedTally;
import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.herald.organization.OrganizationProfile;
import org.herald.web.NotFoundException;
import org.herald.web.SitePages;
import org.herald.web.SiteLanguage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /robots.txt}, the sitemap index at {@code /sitemap.xml}, and its sitemaps: per language,
 * the site's fixed pages ({@code /sitemaps/en/site.xml}), the articles
 * ({@code /sitemaps/en/news-1.xml}) and the pages ({@code /sitemaps/en/pages-1.xml}), each split
 * every 50,000 addresses as the protocol requires, and the News sitemap of the articles first
 * published in the last two days ({@code /sitemaps/en/recent.xml}).
 *
 * <p>A sitemap is written while it is read, a thousand addresses at a time, straight to the
 * reader: it is never held whole in memory, and so it bypasses the page cache. Its ETag and
 * Last-Modified come from a count of what is published, so that an unchanged sitemap costs a
 * crawler a 304 and the server one small query.
 */
@Controller
class SitemapController {

    /** The protocol's limit of addresses in one sitemap. */
    static final int MAX_URLS = 50_000;
    private static final int CHUNK = 1_000;
    /** How far back the News sitemap looks, as Google News asks. */
    private static final Duration RECENT = Duration.ofDays(2);
    private static final int MAX_NEWS_URLS = 1_000;
    private static final List<String> FIXED_PAGES = List.of("/", "/news", "/press-room", "/countries");

    private final PublishedContent content;
    private final SiteLanguages languages;
    private final SiteLanguage siteLanguage;
    private final OrganizationProfile profile;
    private final Clock clock;
    private final List<SitePages> modulePages;

    SitemapController(PublishedContent content, SiteLanguages languages, SiteLanguage siteLanguage,
                      OrganizationProfile profile, Clock clock, List<SitePages> modulePages) {
        this.modulePages = modulePages;
        this.content = content;
        this.languages = languages;
        this.siteLanguage = siteLanguage;
        this.profile = profile;
        this.clock = clock;
    }

    @GetMapping("/robots.txt")
    void robots(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = BaseUrl.of(request);
        response.setContentType("text/plain;charset=UTF-8");
        String robots = """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /preview/
                Disallow: /api/
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base);
        response.getOutputStream().write(robots.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        String base = BaseUrl.of(request);
        List<PublishedTally> tallies = content.tallies();
        OffsetDateTime since = OffsetDateTime.now(clock).minus(RECENT);
        response.setContentType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
        try (SitemapWriter xml = SitemapWriter.index(response.getOutputStream())) {
            OffsetDateTime newest = tallies.stream().map(PublishedTally::lastPublished).filter(Objects::nonNull)
                    .max(OffsetDateTime::compareTo).orElse(null);
            for (Language language : languages.enabled()) {
                String folder = base + "/sitemaps/" + language.code() + "/";
                xml.sitemap(folder + "site.xml", newest);
                for (PublishedTally tally : tallies) {
                    if (tally.language() != language) {
                        continue;
                    }
                    for (int part = 1; part <= parts(tally.count()); part++) {
                        xml.sitemap(folder + name(tally.type()) + "-" + part + ".xml", tally.lastPublished());
                    }
                }
                if (content.countArticlesPublishedSince(language, since) > 0) {
                    xml.sitemap(folder + "recent.xml", null);
                }
            }
        }
    }

    /**
     * The site's fixed pages in a language, and the pages the modules serve in every language
     * (goals, themes, regions, countries), each with its versions in every language of the site.
     */
    @GetMapping("/sitemaps/{lang:[a-z]{2}}/site.xml")
    void site(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        Language language = siteLanguage.of(lang);
        String base = BaseUrl.of(request);
        response.setContentType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
        try (SitemapWriter xml = SitemapWriter.urlset(response.getOutputStream(), false)) {
            java.util.Set<String> pages = new java.util.LinkedHashSet<>(FIXED_PAGES);
            modulePages.forEach(module -> pages.addAll(module.paths(language)));
            for (String page : pages) {
                Map<Language, String> versions = new EnumMap<>(Language.class);
                languages.enabled().forEach(other -> versions.put(other, base + "/" + other.code() + page));
                xml.url(versions.get(language), null, versions);
            }
        }
    }

    @GetMapping("/sitemaps/{lang:[a-z]{2}}/{type:news|pages}-{part:[0-9]{1,6}}.xml")
    void items(@PathVariable String lang, @PathVariable String type, @PathVariable int part,
               HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        Language language = siteLanguage.of(lang);
        ContentType contentType = type.equals("news") ? ContentType.ARTICLE : ContentType.PAGE;
        List<PublishedTally> tallies = content.tallies();
        PublishedTally tally = tallies.stream()
                .filter(t -> t.language() == language && t.type() == contentType).findFirst()
                .orElseThrow(NotFoundException::new);
        if (part < 1 || part > parts(tally.count())) {
            throw new NotFoundException();
        }
        if (notModified(tallies, contentType, part, tally.lastPublished(), request, response)) {
            return;
        }
        String base = BaseUrl.of(request);
        response.setContentType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
        OutputStream out = response.getOutputStream();
        try (SitemapWriter xml = SitemapWriter.urlset(out, false)) {
            long after = 0;
            long skip = (long) (part - 1) * MAX_URLS;
            for (int written = 0; written < MAX_URLS; ) {
                List<PublishedLocation> chunk = content.locations(contentType, language, after, skip,
                        Math.min(CHUNK, MAX_URLS - written));
                for (PublishedLocation location : chunk) {
                    xml.url(base + location.path(), location.lastPublishedAt(), alternates(location, base));
                }
                xml.flush();
                if (chunk.size() < CHUNK) {
                    break;
                }
                written += chunk.size();
                after = chunk.get(chunk.size() - 1).itemId();
                skip = 0;
            }
        }
    }

    /** The News sitemap: articles in the language first published in the last two days, newest first. */
    @GetMapping("/sitemaps/{lang:[a-z]{2}}/recent.xml")
    void recent(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        Language language = siteLanguage.of(lang);
        List<PublishedLocation> recent = content.articlesPublishedSince(language,
                OffsetDateTime.now(clock).minus(RECENT), MAX_NEWS_URLS);
        if (recent.isEmpty()) {
            // An empty urlset is not a valid sitemap; the index names this one only when it has items.
            throw new NotFoundException();
        }
        String base = BaseUrl.of(request);
        String publication = profile.name(language.code()).orElse("Herald");
        response.setContentType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
        try (SitemapWriter xml = SitemapWriter.urlset(response.getOutputStream(), true)) {
            for (PublishedLocation location : recent) {
                xml.newsUrl(base + location.path(), alternates(location, base), publication, newsLanguage(language),
                        location.firstPublishedAt(), location.title());
            }
        }
    }

    /** How many sitemaps {@code count} addresses take. */
    static int parts(long count) {
        return (int) ((count + MAX_URLS - 1) / MAX_URLS);
    }

    private boolean notModified(List<PublishedTally> tallies, ContentType type, int part, OffsetDateTime last,
                                HttpServletRequest request, HttpServletResponse response) {
        // A translation published in another language changes this sitemap's alternates: the
        // fingerprint covers the type in every language.
        long hash = part;
        for (PublishedTally tally : tallies) {
            if (tally.type() == type) {
                hash = 31 * hash + Objects.hash(tally.language(), tally.count(), tally.idSum(), tally.lastPublished());
            }
        }
        String etag = "\"sitemap-" + Long.toHexString(hash) + "\"";
        long lastModified = last == null ? -1 : last.toInstant().toEpochMilli();
        return new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
    }

    private static Map<Language, String> alternates(PublishedLocation location, String base) {
        Map<Language, String> alternates = new EnumMap<>(Language.class);
        location.versions().forEach((language, slug) -> alternates.put(language,
                base + org.herald.content.Paths.of(location.type(), language, slug)));
        return alternates;
    }

    private static String name(ContentType type) {
        return type == ContentType.ARTICLE ? "news" : "pages";
    }

    /** Google News's language code: ISO 639, with Chinese as "zh-cn" (simplified). */
    private static String newsLanguage(Language language) {
        return language == Language.ZH ? "zh-cn" : language.code().toLowerCase(Locale.ROOT);
    }
}
