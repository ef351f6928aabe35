package org.herald.feeds;

import org.herald.careers.VacancyFilter;
import org.herald.careers.VacancyView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.content.ArticleKind;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.Picture;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.i18n.LanguageLink;
import org.herald.newsroom.NewsFilter;
import org.herald.organization.OrganizationProfile;
import org.herald.people.ContactView;
import org.herald.places.Countries;
import org.herald.places.CountryName;
import org.herald.search.SearchParameters;
import org.herald.web.PageContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UrlPathHelper;

/**
 * Makes each public page's {@link HeadTags} from what its controller put in the model, after the
 * controller ran and before the page is rendered. The model holds only what the public read
 * model returned, so nothing embargoed can reach the head; previews of embargoed items, the back
 * office and the API are not public pages and get none.
 *
 * <p>What it reads, by type: a {@link PublishedView} (an article or a page), its media contacts
 * (a list of {@link ContactView}), the link to its {@code original}, a {@link CountryName}, the
 * news listing's {@link NewsFilter}, the search's {@link SearchParameters}, and the home page's
 * and press room's lists.
 */
@Component
class RichPreviews implements HandlerInterceptor, WebMvcConfigurer {

    private static final List<String> SEARCH_NAMES = List.of("q", "kind", "country", "theme", "year", "language",
            "from", "to");

    /** The size of the organization's default preview image, and the widest copy of a featured image used instead. */
    private static final int OG_WIDTH = 1200;
    private static final int OG_HEIGHT = 630;

    private final OrganizationProfile profile;
    private final Countries countries;

    RichPreviews(OrganizationProfile profile, Countries countries) {
        this.profile = profile;
        this.countries = countries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/admin/**", "/admin", "/preview/**", "/api/**", "/login/**",
                "/login", "/media/**", "/assets/**", "/actuator/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                || !(view.getModel().get("ctx") instanceof PageContext ctx)) {
            return;
        }
        request.setAttribute(HeadTags.ATTRIBUTE, tags(request, ctx, view.getModel()));
    }

    private HeadTags tags(HttpServletRequest request, PageContext ctx, Map<String, Object> model) {
        Language language = ctx.language();
        String base = BaseUrl.of(request);
        String image = base + ctx.asset("/assets/og-default.png");
        PublishedView shown = model.values().stream().filter(PublishedView.class::isInstance)
                .map(PublishedView.class::cast).findFirst().orElse(null);
        Picture.Copy preview = shown == null || shown.image() == null ? null : shown.image().widestUpTo(OG_WIDTH);
        if (preview != null) {
            image = base + preview.url();
        }
        String logo = base + ctx.asset("/assets/icon-512.png");
        String home = base + "/" + language.code() + "/";
        PublishedView item = shown;
        List<ContactView> contacts = contacts(model.get("contacts"));
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String canonical = item != null ? base + item.path()
                : base + path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());

        List<StructuredData.Crumb> crumbs = new ArrayList<>(List.of(new StructuredData.Crumb(ctx.t(
                "feeds.breadcrumb.home"), home)));
        // The same trail as the page's visible breadcrumb (a sub-page's section, a goal's agenda).
        ctx.trail().forEach(link -> crumbs.add(new StructuredData.Crumb(link.label(), base + link.href())));
        List<String> jsonLd = new ArrayList<>();
        List<HeadTags.FeedLink> feeds = new ArrayList<>();
        String published = null;
        String modified = null;
        boolean profilePage = model.containsKey("highlights") || item != null && item.layout() == PageLayout.PROFILE;
        if (item != null) {
            if (item.type() == ContentType.ARTICLE) {
                published = item.releaseDate() == null ? null : item.releaseDate().toString();
                modified = item.lastPublishedAt() == null ? null : item.lastPublishedAt().toInstant().toString();
            }
            crumbs.add(new StructuredData.Crumb(item.title(), base + item.path()));
            LanguageLink original = model.get("original") instanceof LanguageLink link ? link : null;
            jsonLd.add(StructuredData.write(StructuredData.article(item, base + item.path(), base, image,
                    FeedItems.dateline(item.datelineCity(), item.datelineCountry(), countries, language), original, ctx.languageLinks(),
                    StructuredData.publisher(ctx.siteName(), base, logo), countries, language)));
            if (model.get("vacancy") instanceof VacancyView vacancy && vacancy.open()) {
                jsonLd.add(StructuredData.write(StructuredData.jobPosting(item, vacancy.terms(), base + item.path(),
                        ctx.siteName(), base)));
            }
            if (item.layout() == PageLayout.NEWS) {
                feeds.addAll(feedLinks(base, language, "news", ""));
            }
        } else if (model.get("vacancyFilter") instanceof VacancyFilter filter) {
            crumbs.add(new StructuredData.Crumb(ctx.t("vacancies.title"), home + "vacancies"));
            feeds.addAll(feedLinks(base, language, "vacancies", filter.query()));
        } else if (model.get("filter") instanceof NewsFilter filter) {
            crumbs.add(new StructuredData.Crumb(ctx.t("nav.news"), home + "news"));
            feeds.addAll(feedLinks(base, language, "news", filter.query(1)));
        } else if (model.get("parameters") instanceof SearchParameters) {
            crumbs.add(new StructuredData.Crumb(ctx.t("search.title"), home + "search"));
            feeds.addAll(feedLinks(base, language, "search", searchQuery(request)));
        } else if (model.get("country") instanceof CountryName country) {
            crumbs.add(new StructuredData.Crumb(country.name(), home + "countries/" + country.slug()));
            feeds.addAll(feedLinks(base, language, "news", "?country=" + country.slug()));
        } else if (model.containsKey("releases")) {
            crumbs.add(new StructuredData.Crumb(ctx.t("nav.press-room"), home + "press-room"));
            feeds.addAll(feedLinks(base, language, "news", "?kind=" + ArticleKind.PRESS_RELEASE.slug()));
        } else if (model.containsKey("present")) {
            crumbs.add(new StructuredData.Crumb(ctx.t("nav.countries"), home + "countries"));
        } else if (model.containsKey("latest")) {
            feeds.addAll(feedLinks(base, language, "news", ""));
        }
        if (profilePage || !contacts.isEmpty()) {
            jsonLd.add(StructuredData.write(StructuredData.organization(ctx.siteName(), base, logo,
                    profilePage ? profile.current(language.code()) : Map.of(), contacts, countries, language)));
        }
        jsonLd.add(StructuredData.write(StructuredData.breadcrumbs(crumbs)));
        return new HeadTags(canonical, item != null && item.type() == ContentType.ARTICLE ? "article" : "website",
                image, preview == null ? OG_WIDTH : preview.width(), preview == null ? OG_HEIGHT : preview.height(),
                published, modified, ctx.siteName(), language.code(), List.copyOf(feeds), List.copyOf(jsonLd));
    }

    private static List<HeadTags.FeedLink> feedLinks(String base, Language language, String feed, String query) {
        String prefix = base + "/" + language.code() + "/feeds/" + feed + ".";
        return List.of(
                new HeadTags.FeedLink(FeedFormat.RSS.mediaType().toString(), prefix + "rss" + query, "feeds.link.rss"),
                new HeadTags.FeedLink(FeedFormat.ATOM.mediaType().toString(), prefix + "atom" + query,
                        "feeds.link.atom"),
                new HeadTags.FeedLink(FeedFormat.JSON.mediaType().toString(), prefix + "json" + query,
                        "feeds.link.json"));
    }

    /** The search's own parameters (not its page or order), as the search feed takes them. */
    private static String searchQuery(HttpServletRequest request) {
        List<String> parts = new ArrayList<>();
        for (String name : SEARCH_NAMES) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                parts.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static List<ContactView> contacts(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(ContactView.class::isInstance).map(ContactView.class::cast).toList();
    }
}
