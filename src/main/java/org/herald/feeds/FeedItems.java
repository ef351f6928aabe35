package org.herald.feeds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.i18n.Translator;
import org.herald.places.Countries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns published items into feed items: absolute links, the dateline at the head of the
 * content, countries, themes and kind as categories.
 *
 * <p>Dates. An article's release date is a day, without a time. When Herald first published the
 * article on that very day (UTC), the feed gives that instant; otherwise the day at 00:00 UTC.
 * An article whose date is unknown gets no publication date at all ({@code pubDate},
 * {@code published}, {@code date_published} are left out): nothing is invented. Its
 * {@code updated} is when Herald last published it, which is always known and true.
 */
final class FeedItems {

    private FeedItems() {
    }

    static List<FeedItem> of(List<PublishedView> views, Map<Long, List<String>> themes, Map<String, String> themeNames,
                             String baseUrl, Language feedLanguage, Translator messages, Countries countries,
                             String host) {
        List<FeedItem> items = new ArrayList<>(views.size());
        for (PublishedView view : views) {
            items.add(of(view, themes.getOrDefault(view.itemId(), List.of()), themeNames, baseUrl, feedLanguage,
                    messages, countries, host));
        }
        return items;
    }

    private static FeedItem of(PublishedView view, List<String> themes, Map<String, String> themeNames,
                               String baseUrl, Language feedLanguage, Translator messages, Countries countries,
                               String host) {
        String url = baseUrl + view.pathIn(feedLanguage);
        String dateline = dateline(view.datelineCity(), view.datelineCountry(), countries, view.language());
        List<FeedItem.Category> categories = new ArrayList<>();
        String site = baseUrl + "/" + feedLanguage.code();
        if (view.kind() != null) {
            categories.add(new FeedItem.Category(view.kind().slug(), messages.t(view.kind().messageKey()),
                    site + "/news?kind=" + view.kind().slug()));
        }
        for (String country : view.countries()) {
            categories.add(new FeedItem.Category(country, countries.name(country, feedLanguage),
                    site + "/countries/" + country.toLowerCase(Locale.ROOT)));
        }
        for (String theme : themes) {
            // A theme has its name and its page; a code that is no theme's, only its search.
            String name = themeNames.get(theme);
            categories.add(new FeedItem.Category(theme, name == null ? theme : name,
                    site + (name == null ? "/search?theme=" + theme : "/what-we-do/" + theme)));
        }
        return new FeedItem("tag:" + host + ",2026:item-" + view.itemId(), url, view.title(), view.summary(),
                content(view, dateline, baseUrl), view.language(), view.releaseDate(),
                published(view.releaseDate(), view.firstPublishedAt()), view.lastPublishedAt(), dateline,
                List.copyOf(categories));
    }

    /** The release date as an instant: the first publication if it was that day, else the day's start (UTC). */
    static OffsetDateTime published(LocalDate releaseDate, OffsetDateTime firstPublished) {
        if (releaseDate == null) {
            return null;
        }
        OffsetDateTime first = firstPublished == null ? null : firstPublished.withOffsetSameInstant(ZoneOffset.UTC);
        return first != null && first.toLocalDate().equals(releaseDate) ? first
                : releaseDate.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** "Minsk, Belarus", the country named in the language; null when there is no dateline. */
    static String dateline(String city, String countryCode, Countries countries, Language language) {
        String country = countryCode == null ? null : countries.name(countryCode, language);
        if (city == null || city.isBlank()) {
            return country;
        }
        return country == null ? city : city + ", " + country;
    }

    /** The body with every link and image made absolute, the dateline first. */
    private static String content(PublishedView view, String dateline, String baseUrl) {
        Document body = Jsoup.parseBodyFragment(view.bodyHtml(), baseUrl + view.path());
        for (Element link : body.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : body.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        for (Element image : body.select("img[srcset], source[srcset]")) {
            image.removeAttr("srcset");
        }
        if (dateline != null) {
            body.body().prependElement("p").addClass("dateline").text(dateline);
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }
}
