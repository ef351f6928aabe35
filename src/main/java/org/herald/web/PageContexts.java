package org.herald.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.i18n.LanguageChoice;
import org.herald.i18n.LanguageLink;
import org.herald.i18n.Messages;
import org.herald.i18n.SiteLanguages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link PageContext} of a request. */
@Component
public class PageContexts {

    private final SiteLanguages languages;
    private final LanguageChoice choice;
    private final Messages messages;
    private final SiteFrame site;
    private final ObjectProvider<ResourceUrlProvider> resources;
    private final ZoneId zone;
    /** The site's name and menu in each language as last read, for pages that must not read the database. */
    private final Map<Language, Remembered> remembered = new ConcurrentHashMap<>();
    /**
     * Each asset's fingerprinted URL, found once: the fingerprint is of a file in the jar, which
     * does not change while the node runs, and finding it (a path match through the resolver
     * chain) cost more than the rest of a page's frame.
     */
    private final Map<String, String> assetUrls = new ConcurrentHashMap<>();
    private final Function<String, String> assets = this::assetUrl;

    private record Remembered(String siteName, List<MenuLink> menu, SiteFooter footer) {
    }

    PageContexts(SiteLanguages languages, LanguageChoice choice, Messages messages, SiteFrame site,
                 ObjectProvider<ResourceUrlProvider> resources) {
        this.languages = languages;
        this.choice = choice;
        this.messages = messages;
        this.site = site;
        this.resources = resources;
        this.zone = site.zone();
    }

    /** The context of a request: its language from the path's first segment, else the default. */
    public PageContext of(HttpServletRequest request) {
        return of(request, request.getRequestURI());
    }

    /**
     * The context of a request made for {@code uri} (an error dispatch knows the original one).
     * Public pages take their language from the URL; the back office, which has none in its
     * URLs, from the reader's remembered choice or browser.
     */
    public PageContext of(HttpServletRequest request, String uri) {
        return of(request, uri, true);
    }

    /**
     * A context that reads nothing from the database, for error pages: they must be shown at once
     * when the database is slow or gone. The site's name and menu are the ones last read; there
     * is no signed-in user and no form.
     */
    public PageContext withoutDatabase(HttpServletRequest request, String uri) {
        return of(request, uri, false);
    }

    /** The language of a request made for {@code uri}, as its context would have it, reading nothing else. */
    public Language languageOf(HttpServletRequest request, String uri) {
        Language fromPath = fromPath(uri);
        return fromPath != null ? fromPath : choice.of(request);
    }

    private Language fromPath(String uri) {
        String[] segments = uri.split("/", 3);
        return segments.length > 1 ? languages.fromPath(segments[1]).orElse(null) : null;
    }

    private PageContext of(HttpServletRequest request, String uri, boolean database) {
        Language fromPath = fromPath(uri);
        String path = fromPath == null ? uri : uri.substring(fromPath.code().length() + 1);
        if (path.isEmpty()) {
            path = "/";
        }
        boolean backOffice = path.startsWith("/admin") || path.startsWith("/login");
        Language language = fromPath != null ? fromPath : choice.of(request);
        return build(request, language, path, backOffice, database);
    }

    private PageContext build(HttpServletRequest request, Language language, String path, boolean backOffice,
                              boolean database) {
        // The CSRF token and the signed-in user may be read from the session, which lives in the database.
        CsrfToken csrf = database ? (CsrfToken) request.getAttribute(CsrfToken.class.getName()) : null;
        String username = database ? username() : null;
        Remembered known = !database ? remembered.getOrDefault(language, new Remembered("Herald", List.of(), SiteFooter.EMPTY))
                : backOffice ? new Remembered(siteName(language), List.of(), SiteFooter.EMPTY) : remember(language);
        String samePath = path;
        List<LanguageLink> links = languages.enabled().stream()
                .map(other -> new LanguageLink(other, backOffice ? samePath : "/" + other.code() + samePath))
                .toList();
        return new PageContext(language, messages.in(language),
                known.siteName(),
                backOffice ? List.of() : known.menu(),
                path,
                links,
                baseUrl(request),
                backOffice && csrf != null ? csrf.getParameterName() : null,
                backOffice && csrf != null ? csrf.getToken() : null,
                username,
                zone,
                assets,
                known.footer(),
                backOffice ? List.of() : trail(language, path, known.menu()));
    }

    /** The first segments of listings that are not section pages, and the message key of each one's name. */
    private static final Map<String, String> LISTINGS = Map.of("news", "nav.news", "countries", "nav.countries",
            "regions", "nav.countries", "press-room", "nav.press-room", "search", "search.title");

    /**
     * The breadcrumb between the home page and a page below a first-level address: the section
     * in the menu whose address it starts with ("/en/2030-agenda" for a goal), else the listing
     * it belongs to ("/en/news" for an article). Pages one level deep have none; a sub-page's
     * controller adds its section.
     */
    private List<MenuLink> trail(Language language, String path, List<MenuLink> menu) {
        String[] segments = path.split("/");
        if (segments.length < 3 || segments[1].isEmpty()) {
            return List.of();
        }
        String first = "/" + language.code() + "/" + segments[1];
        for (MenuLink link : menu) {
            if (link.href().equals(first)) {
                return List.of(new MenuLink(link.label(), link.href()));
            }
        }
        String key = LISTINGS.get(segments[1]);
        if (key == null) {
            return List.of();
        }
        return List.of(new MenuLink(messages.in(language).t(key),
                "/" + language.code() + ("regions".equals(segments[1]) ? "/countries" : "/" + segments[1])));
    }

    private String assetUrl(String asset) {
        String known = assetUrls.get(asset);
        if (known != null) {
            return known;
        }
        ResourceUrlProvider provider = resources.getIfAvailable();
        if (provider == null) {
            return asset;
        }
        String versioned = provider.getForLookupPath(asset);
        String url = versioned == null ? asset : versioned;
        assetUrls.put(asset, url);
        return url;
    }

    private Remembered remember(Language language) {
        Remembered now = new Remembered(siteName(language), site.menu(language), site.footer(language));
        remembered.put(language, now);
        return now;
    }

    private String siteName(Language language) {
        return site.siteName(language);
    }

    private static String username() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getPrincipal())
                ? user.getName() : null;
    }

    private static String baseUrl(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
