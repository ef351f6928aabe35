package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

import org.herald.i18n.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An item whose date is unknown is given none: no publication date in any format, only the true
 * instant Herald last published it. A known date is the first publication if it fell on that day.
 */
class FeedWriterTests {

    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-03-04T09:15:00Z");
    private static final OffsetDateTime LAST = OffsetDateTime.parse("2026-03-05T10:00:00Z");

    private final Feed feed = new Feed("tag:example.org,2026:/en/feeds/news.atom", "News", "The news", Language.EN,
            "https://example.org/en/feeds/news.atom", "https://example.org/en/news", LAST, "Example", List.of(
            item("dated", LocalDate.of(2026, 3, 4)), item("undated", null)));

    @Test
    void aKnownDateIsTheFirstPublicationWhenItFellOnThatDayElseTheDaysStart() {
        assertThat(FeedItems.published(LocalDate.of(2026, 3, 4), FIRST)).isEqualTo(FIRST);
        assertThat(FeedItems.published(LocalDate.of(2019, 5, 1), FIRST))
                .isEqualTo(OffsetDateTime.parse("2019-05-01T00:00:00Z"));
        assertThat(FeedItems.published(null, FIRST)).isNull();
    }

    @Test
    void rssGivesAnUndatedItemNoPubDate() throws Exception {
        Document rss = FeedsContract.xml(FeedWriter.write(feed, FeedFormat.RSS));
        NodeList items = rss.getElementsByTagName("item");
        assertThat(((Element) items.item(0)).getElementsByTagName("pubDate").getLength()).isEqualTo(1);
        assertThat(((Element) items.item(1)).getElementsByTagName("pubDate").getLength()).isZero();
        SyndFeed parsed = FeedsContract.rome(FeedWriter.write(feed, FeedFormat.RSS));
        assertThat(parsed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("dated", "undated");
    }

    @Test
    void atomGivesAnUndatedItemNoPublishedButItsTrueUpdated() throws Exception {
        SyndFeed atom = FeedsContract.rome(FeedWriter.write(feed, FeedFormat.ATOM));
        SyndEntry dated = FeedsContract.entry(atom, "dated");
        SyndEntry undated = FeedsContract.entry(atom, "undated");
        assertThat(dated.getPublishedDate().toInstant()).isEqualTo(FIRST.toInstant());
        assertThat(undated.getPublishedDate()).isNull();
        assertThat(undated.getUpdatedDate().toInstant()).isEqualTo(LAST.toInstant());
    }

    @Test
    void jsonFeedSaysTheDateIsUnknown() {
        JsonNode json = JsonMapper.builder().build().readTree(FeedWriter.write(feed, FeedFormat.JSON));
        JsonNode undated = json.get("items").get(1);
        assertThat(undated.has("date_published")).isFalse();
        assertThat(undated.get("date_modified").asString()).isEqualTo("2026-03-05T10:00:00Z");
        assertThat(undated.get("_herald").get("release_date").isNull()).isTrue();
        assertThat(undated.get("_herald").get("release_date_reason").asString()).isEqualTo("unknown");
        assertThat(json.get("items").get(0).get("date_published").asString()).isEqualTo("2026-03-04T09:15:00Z");
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        Feed empty = new Feed(feed.id(), feed.title(), feed.description(), Language.EN, feed.selfUrl(), feed.pageUrl(),
                null, "Example", List.of());
        SyndFeed atom = FeedsContract.rome(FeedWriter.write(empty, FeedFormat.ATOM));
        assertThat(atom.getPublishedDate().toInstant()).isEqualTo(FeedWriter.NOTHING_YET.toInstant());
        assertThat(atom.getEntries()).isEmpty();
    }

    private static FeedItem item(String title, LocalDate date) {
        return new FeedItem("tag:example.org,2026:item-" + title, "https://example.org/en/news/" + title, title, null,
                "<p>Body</p>", Language.EN, date, FeedItems.published(date, FIRST), LAST, null, List.of());
    }
}
