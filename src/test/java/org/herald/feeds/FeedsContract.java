package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The news and search feeds over real HTTP, as a feed reader meets them: each parsed back with
 * ROME (or Jackson for JSON Feed), and held to the rules of the W3C feed validator that matter
 * (required elements, RFC 822 dates in RSS, absolute links, unique guids and ids, atom:updated,
 * the self link). Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class FeedsContract {

    static final String RELEASE_TITLE = "IOM to Sign MoU with Commonwealth of Independent States";
    static final String RELEASE = "/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void rssParsesBackAndKeepsTheValidatorsRules() throws Exception {
        Response rss = http.get("/en/feeds/news.rss");
        assertThat(rss.status()).isEqualTo(200);
        assertThat(rss.header("Content-Type")).startsWith("application/rss+xml");
        SyndFeed feed = rome(rss.body());
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).contains("International Organization for Migration");
        assertThat(feed.getLanguage()).isEqualTo("en");
        SyndEntry release = entry(feed, RELEASE_TITLE);
        assertThat(release.getLink()).isEqualTo(base() + RELEASE);
        assertThat(release.getCategories()).extracting(SyndCategory::getName).contains("BY", "press-release");
        assertThat(release.getContents().get(0).getValue()).contains("Minsk");

        Document xml = xml(rss.body());
        Element channel = (Element) xml.getElementsByTagName("channel").item(0);
        for (String required : List.of("title", "link", "description")) {
            assertThat(channel.getElementsByTagName(required).getLength()).as(required).isPositive();
        }
        Element self = (Element) xml.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(base() + "/en/feeds/news.rss");
        NodeList items = xml.getElementsByTagName("item");
        assertThat(items.getLength()).isPositive();
        Set<String> guids = new HashSet<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(text(item, "title")).isNotBlank();
            assertAbsolute(text(item, "link"));
            assertThat(guids.add(text(item, "guid"))).as("guid unique").isTrue();
            assertThat(((Element) item.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"))
                    .as("a tag: guid is not a link").isEqualTo("false");
            String pubDate = text(item, "pubDate");
            if (pubDate != null) {
                ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME);
            }
        }
        assertThat(rss.header("Last-Modified")).isNotNull();
    }

    @Test
    void atomParsesBackAndKeepsTheValidatorsRules() throws Exception {
        Response atom = http.get("/en/feeds/news.atom?kind=press-release&country=BY");
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        SyndFeed feed = rome(atom.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry release = entry(feed, RELEASE_TITLE);
        assertThat(release.getLink()).isEqualTo(base() + RELEASE);
        assertThat(release.getUpdatedDate()).isNotNull();

        Document xml = xml(atom.body());
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(root, "id")).startsWith("tag:localhost,2026:");
        assertThat(child(root, "title")).isNotBlank();
        assertThat(root.getElementsByTagNameNS(ATOM, "author").getLength()).as("an author for every entry")
                .isPositive();
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(child(root, "updated"));
        boolean selfLink = false;
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertAbsolute(link.getAttribute("href"));
            selfLink |= link.getAttribute("rel").equals("self") && link.getAttribute("href")
                    .equals(base() + "/en/feeds/news.atom?kind=press-release&country=by");
        }
        assertThat(selfLink).as("a self link with the feed's address").isTrue();
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(ids.add(child(entry, "id"))).as("entry id unique").isTrue();
            assertThat(child(entry, "title")).isNotBlank();
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(child(entry, "updated"));
        }
        assertThat(ids).isNotEmpty();
    }

    @Test
    void jsonFeedParsesBackWithAbsoluteUrlsAndTheItemsLanguage() {
        Response json = http.get("/en/feeds/news.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/feed+json");
        JsonNode feed = JsonMapper.builder().build().readTree(json.body());
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asString()).isEqualTo(base() + "/en/feeds/news.json");
        Set<String> ids = new HashSet<>();
        JsonNode release = null;
        for (JsonNode item : feed.get("items")) {
            assertThat(ids.add(item.get("id").asString())).isTrue();
            assertAbsolute(item.get("url").asString());
            assertThat(item.get("language").asString()).isNotBlank();
            if (item.get("title").asString().equals(RELEASE_TITLE)) {
                release = item;
            }
        }
        assertThat(release).isNotNull();
        assertThat(release.get("tags").toString()).contains("Belarus");
    }

    @Test
    void filtersNarrowTheFeedAsTheyNarrowTheListing() throws Exception {
        assertThat(titles("/en/feeds/news.rss?kind=press-release")).contains(RELEASE_TITLE);
        assertThat(titles("/en/feeds/news.rss?kind=story")).doesNotContain(RELEASE_TITLE);
        assertThat(titles("/en/feeds/news.rss?country=by")).contains(RELEASE_TITLE);
        assertThat(titles("/en/feeds/news.rss?country=fr")).doesNotContain(RELEASE_TITLE);
        assertThat(titles("/en/feeds/news.rss?theme=no-such-theme")).isEmpty();
    }

    @Test
    void aSearchIsAFeed() throws Exception {
        // This node's index may still be in its first build (503), or taking up the seed.
        Response found = http.get("/en/feeds/search.atom?q=Commonwealth");
        for (int tries = 0; !found.body().contains(RELEASE_TITLE) && tries < 60; tries++) {
            Thread.sleep(500);
            found = http.get("/en/feeds/search.atom?q=Commonwealth");
        }
        assertThat(found.status()).isEqualTo(200);
        assertThat(rome(found.body()).getEntries()).extracting(SyndEntry::getTitle).contains(RELEASE_TITLE);
        assertThat(titles("/en/feeds/search.rss?q=zzzyqxnothing")).isEmpty();
    }

    @Test
    void aReaderPollingAnUnchangedFeedGetsA304() {
        Response first = http.get("/en/feeds/news.atom");
        assertThat(first.header("ETag")).isNotNull();
        assertThat(first.header("Last-Modified")).isNotNull();
        Response byTag = http.get("/en/feeds/news.atom", "If-None-Match", first.header("ETag"));
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        Response byDate = http.get("/en/feeds/news.atom", "If-Modified-Since", first.header("Last-Modified"));
        assertThat(byDate.status()).isEqualTo(304);
    }

    @Test
    void whereReadersGuessTheFeedIsTheyAreSentToIt() {
        Response guessed = http.get("/en/feed", "Accept", "application/feed+json");
        assertThat(guessed.status()).isEqualTo(302);
        assertThat(guessed.location()).endsWith("/en/feeds/news.json");
        assertThat(http.get("/fr/feed").location()).endsWith("/fr/feeds/news.atom");
        assertThat(http.get("/rss.xml").location()).endsWith("/en/feeds/news.rss");
        assertThat(http.follow(http.get("/rss.xml")).status()).isEqualTo(200);
    }

    @Test
    void badInputIsA4xxNeverA500() {
        record Probe(String path, String accept, int status) {
        }
        for (Probe probe : List.of(new Probe("/en/feeds/news.rss?colour=red", null, 400),
                new Probe("/en/feeds/news.rss?kind=rumour", null, 400),
                new Probe("/en/feeds/news.rss?country=zz", null, 400),
                new Probe("/en/feeds/news.rss?theme=%3Cscript%3E", null, 400),
                new Probe("/en/feeds/news.rss?year=nineteen", null, 400),
                new Probe("/en/feeds/news.rss?kind=news&kind=story", null, 400),
                new Probe("/en/feeds/search.rss?sort=date", null, 400),
                new Probe("/xx/feeds/news.rss", null, 404),
                new Probe("/de/feeds/news.rss", null, 404),
                new Probe("/en/feeds/news.pdf", null, 404),
                new Probe("/en/feeds/news.rss?unused=1", "image/png", 406),
                new Probe("/en/feeds/news.json?unused=2", "application/xml", 406),
                new Probe("/en/feed", "image/png", 406),
                new Probe("/en/feed", "garbage;;;q=1", 406))) {
            Response answer = probe.accept() == null ? http.get(probe.path())
                    : http.get(probe.path(), "Accept", probe.accept());
            assertThat(answer.status()).as(probe.path() + " " + probe.accept()).isIn(probe.status(),
                    probe.status() == 406 ? 400 : probe.status());
        }
    }

    List<String> titles(String path) throws Exception {
        Response answer = http.get(path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return rome(answer.body()).getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    static SyndFeed rome(String body) throws Exception {
        return new SyndFeedInput().build(new StringReader(body));
    }

    static SyndEntry entry(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title));
    }

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static String child(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                return element.getTextContent();
            }
        }
        return null;
    }

    static void assertAbsolute(String url) {
        assertThat(URI.create(url).isAbsolute()).as(url + " absolute").isTrue();
        assertThat(url).startsWith("http");
    }
}
