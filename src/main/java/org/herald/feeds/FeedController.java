package org.herald.feeds;

import org.herald.careers.VacancyFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.herald.places.Countries;
import org.herald.search.SearchParameters;
import org.herald.web.NotFoundException;
import org.herald.web.SiteLanguage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The feeds' addresses:
 * <ul>
 *   <li>{@code /{lang}/feeds/news.rss|atom|json}, with the news listing's filters
 *   ({@code kind, country, theme, year});</li>
 *   <li>{@code /{lang}/feeds/search.rss|atom|json}, with the search page's parameters;</li>
 *   <li>{@code /{lang}/feed} and {@code /rss.xml}, where people and readers look first: a
 *   redirect to the news feed in the format the {@code Accept} header prefers.</li>
 * </ul>
 * Each answer carries {@code Last-Modified} (the newest item's last publication) besides the
 * page cache's ETag, so that a reader polling every minute gets a 304.
 */
@Controller
class FeedController {

    private static final Set<String> SEARCH_NAMES = Set.of("q", "kind", "country", "theme", "year", "language", "from",
            "to");

    private final Feeds feeds;
    private final SiteLanguage siteLanguage;
    private final SiteLanguages languages;
    private final Countries countries;

    FeedController(Feeds feeds, SiteLanguage siteLanguage, SiteLanguages languages, Countries countries) {
        this.feeds = feeds;
        this.siteLanguage = siteLanguage;
        this.languages = languages;
        this.countries = countries;
    }

    @GetMapping("/{lang:[a-z]{2}}/feeds/news.{extension}")
    ResponseEntity<String> news(@PathVariable String lang, @PathVariable String extension, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        Language language = siteLanguage.of(lang);
        FeedFormat format = format(extension, request);
        NewsFeedFilter filter = NewsFeedFilter.read(request.getParameterMap(), countries);
        return answer(feeds.news(language, filter, format, BaseUrl.of(request)), format, request);
    }

    @GetMapping("/{lang:[a-z]{2}}/feeds/vacancies.{extension}")
    ResponseEntity<String> vacancies(@PathVariable String lang, @PathVariable String extension,
                                     HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        Language language = siteLanguage.of(lang);
        FeedFormat format = format(extension, request);
        VacancyFilter filter = VacancyFilter.read(request.getParameterMap(), Set.of());
        return answer(feeds.vacancies(language, filter, format, BaseUrl.of(request)), format, request);
    }

    @GetMapping("/{lang:[a-z]{2}}/feeds/search.{extension}")
    ResponseEntity<String> search(@PathVariable String lang, @PathVariable String extension,
                                  HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        Language language = siteLanguage.of(lang);
        FeedFormat format = format(extension, request);
        Map<String, String[]> parameters = request.getParameterMap();
        NewsFeedFilter.refuseUnknown(parameters, SEARCH_NAMES);
        SearchParameters search = new SearchParameters(value(parameters, "q"), value(parameters, "kind"),
                value(parameters, "country"), value(parameters, "theme"), value(parameters, "year"),
                value(parameters, "language"), value(parameters, "from"), value(parameters, "to"), null, null);
        Optional<Feed> feed = feeds.search(language, search, query(parameters), format, BaseUrl.of(request));
        if (feed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_PLAIN).body("");
        }
        return answer(feed.get(), format, request);
    }

    /** Where a person or a reader guesses the feed is: the news feed in the format it prefers. */
    @GetMapping("/{lang:[a-z]{2}}/feed")
    ResponseEntity<Void> guessed(@PathVariable String lang, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        Language language = siteLanguage.of(lang);
        return redirect(language, request.getHeader(HttpHeaders.ACCEPT));
    }

    @GetMapping({"/rss.xml", "/feed"})
    ResponseEntity<Void> guessedAtTheRoot(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        String accept = request.getRequestURI().equals("/rss.xml") ? FeedFormat.RSS.mediaType().toString()
                : request.getHeader(HttpHeaders.ACCEPT);
        return redirect(languages.defaultLanguage(), accept);
    }

    private static ResponseEntity<Void> redirect(Language language, String accept)
            throws HttpMediaTypeNotAcceptableException {
        FeedFormat format = FeedFormat.negotiate(accept).orElseThrow(() -> notAcceptable(null));
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/" + language.code() + "/feeds/news." + format.extension())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static FeedFormat format(String extension, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        FeedFormat format = FeedFormat.fromExtension(extension).orElseThrow(NotFoundException::new);
        if (!format.acceptedBy(request.getHeader(HttpHeaders.ACCEPT))) {
            throw notAcceptable(format);
        }
        return format;
    }

    private static HttpMediaTypeNotAcceptableException notAcceptable(FeedFormat format) {
        List<MediaType> offered = new ArrayList<>();
        for (FeedFormat each : FeedFormat.values()) {
            if (format == null || each == format) {
                offered.add(each.mediaType());
            }
        }
        return new HttpMediaTypeNotAcceptableException(offered);
    }

    private static ResponseEntity<String> answer(Feed feed, FeedFormat format, HttpServletRequest request) {
        long lastModified = feed.updated() == null ? -1 : feed.updated().toInstant().toEpochMilli();
        if (lastModified > 0 && new ServletWebRequest(request).checkNotModified(lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .contentType(new MediaType(format.mediaType(), StandardCharsets.UTF_8));
        if (lastModified > 0) {
            ok.lastModified(lastModified);
        }
        return ok.body(FeedWriter.write(feed, format));
    }

    private static String value(Map<String, String[]> parameters, String name) {
        return NewsFeedFilter.single(parameters, name);
    }

    /** The search's query string in one order, encoded, empty when there is none. */
    private static String query(Map<String, String[]> parameters) {
        List<String> parts = new ArrayList<>();
        for (String name : List.of("q", "kind", "country", "theme", "year", "language", "from", "to")) {
            String value = value(parameters, name);
            if (value != null) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
