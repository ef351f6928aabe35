package org.herald.feeds;

import org.herald.careers.Vacancies;
import org.herald.careers.VacancyFilter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.herald.content.NewsQuery;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.i18n.Messages;
import org.herald.i18n.Translator;
import org.herald.organization.OrganizationProfile;
import org.herald.places.Countries;
import org.herald.search.SavedSearches;
import org.herald.search.SearchParameters;
import org.herald.themes.Themes;
import org.springframework.stereotype.Component;

/** Assembles the news feeds and the search feeds from the public read model. */
@Component
class Feeds {

    /** Items in a feed: a reader polling every few minutes misses nothing, a feed stays small. */
    static final int SIZE = 50;

    private final PublishedContent content;
    private final SavedSearches searches;
    private final Countries countries;
    private final Messages messages;
    private final OrganizationProfile profile;
    private final Themes themeNames;
    private final Vacancies vacancies;

    Feeds(PublishedContent content, SavedSearches searches, Countries countries, Messages messages,
          OrganizationProfile profile, Themes themeNames, Vacancies vacancies) {
        this.vacancies = vacancies;
        this.themeNames = themeNames;
        this.content = content;
        this.searches = searches;
        this.countries = countries;
        this.messages = messages;
        this.profile = profile;
    }

    Feed news(Language language, NewsFeedFilter filter, FeedFormat format, String baseUrl) {
        List<PublishedView> views = content.newsInFull(new NewsQuery(language, filter.kind(), filter.country(),
                filter.year(), 1, SIZE, filter.theme()));
        Translator t = messages.in(language);
        List<String> title = new ArrayList<>(List.of(siteName(language), t.t("news.title")));
        if (filter.kind() != null) {
            title.add(t.t(filter.kind().messageKey()));
        }
        if (filter.country() != null) {
            title.add(countries.name(filter.country(), language));
        }
        if (filter.theme() != null) {
            title.add(themeNames.names(language).getOrDefault(filter.theme(), filter.theme()));
        }
        if (filter.year() != null) {
            title.add(String.valueOf(filter.year()));
        }
        String self = "/" + language.code() + "/feeds/news." + format.extension() + filter.query();
        String page = "/" + language.code() + "/news" + filter.query();
        return feed(String.join(" · ", title), t.t("feeds.news.description", siteName(language)), language, self, page,
                views, baseUrl);
    }

    /** The feed of a search, empty while this node has no index yet. */
    Optional<Feed> search(Language language, SearchParameters parameters, String query, FeedFormat format,
                          String baseUrl) {
        return searches.itemIds(parameters, language, SIZE).map(ids -> {
            List<PublishedView> views = content.viewsOf(ids);
            Translator t = messages.in(language);
            String self = "/" + language.code() + "/feeds/search." + format.extension() + query;
            String page = "/" + language.code() + "/search" + query;
            String words = parameters.q() == null ? "" : parameters.q().trim();
            return feed(siteName(language) + " · " + t.t("feeds.search.title", words),
                    t.t("feeds.search.description", words), language, self, page, views, baseUrl);
        });
    }

    /**
     * The feed of the open vacancies the filter accepts. It carries no last-modified date: a
     * vacancy leaves it when it closes, with nothing published, so a date could not tell a reader
     * the feed changed (the page cache keeps it no longer than the next closing).
     */
    Feed vacancies(Language language, VacancyFilter filter, FeedFormat format, String baseUrl) {
        List<Long> ids = vacancies.open(language, filter).stream().map(listing -> listing.item().itemId()).toList();
        Map<Long, PublishedView> byId = new java.util.HashMap<>();
        content.viewsOf(ids).forEach(view -> byId.put(view.itemId(), view));
        List<PublishedView> views = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Translator t = messages.in(language);
        String self = "/" + language.code() + "/feeds/vacancies." + format.extension() + filter.query();
        String page = "/" + language.code() + "/vacancies" + filter.query();
        Feed feed = feed(siteName(language) + " · " + t.t("feeds.vacancies.title"),
                t.t("feeds.vacancies.description", siteName(language)), language, self, page, views, baseUrl);
        return new Feed(feed.id(), feed.title(), feed.description(), language, feed.selfUrl(), feed.pageUrl(), null,
                feed.author(), feed.items());
    }

    private Feed feed(String title, String description, Language language, String self, String page,
                      List<PublishedView> views, String baseUrl) {
        Map<Long, List<String>> themes = content.themesOf(views.stream().map(PublishedView::itemId).toList());
        String host = URI.create(baseUrl).getHost();
        List<FeedItem> items = FeedItems.of(views, themes, themeNames.names(language), baseUrl, language,
                messages.in(language), countries, host);
        OffsetDateTime updated = items.stream().map(FeedItem::updated).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        // The feed's address (already encoded) is its permanent id, in a tag: URI as Atom asks.
        String id = "tag:" + host + ",2026:" + self;
        return new Feed(id, title, description, language, baseUrl + self, baseUrl + page, updated, siteName(language),
                items);
    }

    private String siteName(Language language) {
        return profile.name(language.code()).orElse("Herald");
    }
}
