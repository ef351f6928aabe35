package org.herald.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public site, page by page, over real HTTP, as a reader meets it. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class PublicSiteContract {

    static final List<String> SECTIONS = List.of("Who we are", "Our Work", "What We Do", "Partnerships",
            "Highlights", "Where we work", "Take Action", "Work with us", "Get involved", "Data and Research",
            "2030 Agenda");
    static final String RELEASE = "/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states";
    static final List<String> CIS = List.of("Armenia", "Azerbaijan", "Belarus", "Kazakhstan", "Kyrgyzstan",
            "Moldova", "Russia", "Tajikistan", "Turkmenistan", "Ukraine", "Uzbekistan");

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void rootRedirectsToTheReadersLanguage() {
        Response root = http.get("/", "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.location()).endsWith("/fr/");
        assertThat(http.get("/", "Accept-Language", "de-DE, de;q=0.9").location()).as("not offered: the default")
                .endsWith("/en/");
        assertThat(root.header("Vary")).contains("Accept-Language");
        assertThat(http.get("/en").location()).endsWith("/en/");
    }

    @Test
    void homeShowsTheElevenSectionsInTheSeedsOrderWithHighlightsAndLatestNews() {
        Response home = http.get("/en/");
        assertThat(home.status()).isEqualTo(200);
        Document page = home.document();
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("nav.main-nav > ul > li > a").eachText()).containsExactlyElementsOf(SECTIONS);
        assertThat(page.select("#highlights-heading ~ ul h3 a").eachText()).as("the demo's two highlights, the release once")
                .containsExactly("IOM to Sign MoU with Commonwealth of Independent States", "2030 Agenda");
        assertThat(page.select("#latest-heading ~ ul a").eachAttr("href")).contains(RELEASE);
        assertThat(page.select(".facts li").eachText()).containsExactly("Part of the United Nations System",
                "Since 1951", "175 member states", "Present in 171 countries");
        assertThat(page.title()).contains("International Organization for Migration");
    }

    @Test
    void everySectionOfTheMenuHasItsPage() {
        for (Element link : http.get("/en/").document().select("nav.main-nav > ul > li > a")) {
            Response section = http.get(link.attr("href"));
            assertThat(section.status()).as(link.attr("href")).isEqualTo(200);
            assertThat(section.document().select("main h1").text()).isEqualTo(link.text());
            assertThat(section.document().select("nav.main-nav a[aria-current=page]").text()).isEqualTo(link.text());
        }
    }

    @Test
    void whoWeAreRendersFromTheProfileFacts() {
        Response page = http.get("/en/who-we-are");
        assertThat(page.document().select(".facts li").eachText()).containsExactly(
                "Part of the United Nations System", "Since 1951", "175 member states", "Present in 171 countries");
        assertThat(page.mainText()).contains("The International Organization for Migration (IOM) is part of the "
                + "United Nations System");
    }

    @Test
    void thePressReleaseShowsItsStructuredContent() {
        Response response = http.get(RELEASE);
        assertThat(response.status()).isEqualTo(200);
        Document page = response.document();
        assertThat(page.select("main h1").text()).isEqualTo("IOM to Sign MoU with Commonwealth of Independent States");
        assertThat(page.select("article .meta").text()).isEqualTo("Date unknown");
        assertThat(page.select("article time")).isEmpty();
        assertThat(page.select(".kind").first().text()).isEqualTo("Press release");

        List<String> paragraphs = page.select(".body > p, .body > blockquote").eachText();
        assertThat(paragraphs).hasSize(6);
        assertThat(paragraphs.get(0)).isEqualTo("IOM Director General Brunson McKinley and Commonwealth of "
                + "Independent States (CIS) Executive Secretary Sergei Lebedev will today sign a Memorandum of "
                + "Understanding (MoU) pledging closer cooperation between the two organizations.");
        assertThat(page.select(".body blockquote").text()).startsWith("\"This agreement recognizes")
                .endsWith("said Director General McKinley.");
        String body = page.select(".body").text();
        assertThat(body).doesNotContain("Take Action", "Get involved", "For more information", "mailto", "Tel.");

        assertThat(page.select(".article-countries a").eachText()).containsExactlyElementsOf(CIS);
        assertThat(page.select(".article-countries a").eachAttr("href")).contains("/en/countries/by", "/en/countries/ru");
    }

    @Test
    void thePressReleaseContactHasWorkingTelAndMailtoLinks() {
        Element contact = http.get(RELEASE).document().select(".article-contacts .contact").first();
        assertThat(contact).isNotNull();
        assertThat(contact.select(".contact-name").text()).isEqualTo("Galina Desyatova");
        assertThat(contact.select(".contact-office").text()).isEqualTo("IOM Minsk, Belarus");
        assertThat(contact.select("a[href^=tel:]").attr("href")).isEqualTo("tel:+375172882742");
        assertThat(contact.select("a[href^=mailto:]").attr("href")).isEqualTo("mailto:gdesyatova@iom.org.by");
        assertThat(contact.select("a[href^=mailto:]").text()).isEqualTo("gdesyatova@iom.org.by");
        assertThat(contact.text()).as("the crawl's broken markup is not copied").doesNotContain("mailto", "\">");
    }

    @Test
    void newsListingIsNewestFirstAndFilters() {
        Document all = http.get("/en/news").document();
        assertThat(all.select("main h2 a").eachAttr("href")).contains(RELEASE);
        assertThat(http.get("/en/news?kind=press-release").document().select("main h2 a").eachAttr("href"))
                .contains(RELEASE);
        assertThat(http.get("/en/news?kind=story").document().select("main h2 a").eachAttr("href"))
                .doesNotContain(RELEASE);
        assertThat(http.get("/en/news?country=by").document().select("main h2 a").eachAttr("href")).contains(RELEASE);
        assertThat(http.get("/en/news?country=fr").document().select("main h2 a").eachAttr("href"))
                .doesNotContain(RELEASE);
        // Its date is unknown: it is in no year.
        assertThat(http.get("/en/news?year=2019").document().select("main h2 a").eachAttr("href"))
                .doesNotContain(RELEASE);
        Response pastTheEnd = http.get("/en/news?page=500");
        assertThat(pastTheEnd.status()).isEqualTo(200);
        assertThat(pastTheEnd.document().select("main h2 a")).isEmpty();
    }

    @Test
    void malformedParametersGetA400PageWithTheReason() {
        assertBadRequest("/en/news?page=-1", "page number \"-1\" is not valid");
        assertBadRequest("/en/news?page=abc", "page number \"abc\" is not valid");
        assertBadRequest("/en/news?year=abc", "year \"abc\" is not valid");
        assertBadRequest("/en/news?kind=rumour", "type \"rumour\" is not known");
        assertBadRequest("/en/news?country=zz", "country \"zz\" is not known");
    }

    @Test
    void countryPageListsItsOfficesContactsAndNews() {
        Document belarus = http.get("/en/countries/by").document();
        assertThat(belarus.select("main h1").text()).isEqualTo("Belarus");
        assertThat(belarus.select("#offices-heading + ul li").eachText()).containsExactly("IOM Minsk (Minsk)");
        assertThat(belarus.select(".contact-name").eachText()).containsExactly("Galina Desyatova");
        assertThat(belarus.select("#news-heading ~ ul a").eachAttr("href")).contains(RELEASE);
        assertThat(belarus.select("#themes-heading + ul a").eachAttr("href")).as("the themes of the release about it")
                .contains("/en/what-we-do/migration-management");

        Document france = http.get("/en/countries/fr").document();
        assertThat(france.select("main h1").text()).isEqualTo("France");
        assertThat(france.select("main").text()).contains("We have no office listed in this country.");
        assertThat(http.get("/en/countries/BY").location()).endsWith("/en/countries/by");
        assertThat(http.get("/en/countries/zz").status()).isEqualTo(404);
    }

    @Test
    void countriesIndexListsEveryIsoCountry() {
        Document index = http.get("/en/countries").document();
        assertThat(index.select("#all-heading + ul li")).hasSize(java.util.Locale.getISOCountries().length);
        assertThat(index.select("#present-heading + ul a").eachText()).containsAll(CIS);
    }

    @Test
    void pressRoomListsTheMediaContacts() {
        Document room = http.get("/en/press-room").document();
        assertThat(room.select(".contact-name").eachText()).containsExactly("Galina Desyatova");
        assertThat(room.select(".contact a[href^=tel:]").attr("href")).isEqualTo("tel:+375172882742");
        assertThat(room.select("#releases-heading ~ ul a").eachAttr("href")).contains(RELEASE);
    }

    /**
     * Many readers of one article at once, with the suites' pool of two connections per pool:
     * every one is served, and so is every conditional GET. (Each article page once ran its
     * countries' and contacts' queries inside the article's own, so that N readers held N
     * connections and waited for an N+1th, until the pool's time-out turned each into a 500.)
     */
    @Test
    void sixtyFourConcurrentReadersOfTheArticleAreAllServed() throws Exception {
        String etag = http.get(RELEASE).header("ETag");
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(64);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int reader = 0; reader < 64; reader++) {
                boolean conditional = reader % 4 == 0;
                answers.add(readers.submit(() -> {
                    start.await();
                    Http client = new Http(port);
                    return conditional ? client.get(RELEASE, "If-None-Match", etag).status() : client.get(RELEASE).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).hasSize(64).allMatch(status -> status == 200 || status == 304);
            assertThat(statuses.stream().filter(status -> status == 304)).hasSize(16);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void unknownPathsGetTheSitesOwn404Page() {
        for (String path : List.of("/en/no-such-page", "/en/news/no-such-article", "/de/", "/en/a/b/c", "/nothing")) {
            Response missing = http.get(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.document().select("main h1").text()).isEqualTo("Page not found");
            assertThat(missing.document().select("nav.main-nav > ul > li > a")).as("404 in the site's style").hasSize(11);
        }
    }

    @Test
    void noRequestProducesA500OrAStackTrace() {
        List<String> hostile = List.of("/en/news?page=99999999999999", "/en/news?year=-5", "/en/news?year=1e3",
                "/en/news/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/en/countries/%00", "/en/countries/123",
                "/en/news?page=1&page=2", "/en/news?country=" + "x".repeat(5000), "/en/%E2%82",
                "/en/..%2F..%2Fetc%2Fpasswd", "/assets/../application.properties", "/en/news?kind=%00",
                "/en/who-we-are?page=-1", "/admin/content/abc", "/en/news/" + "a".repeat(3000));
        for (String path : hostile) {
            Response response = http.get(path);
            assertThat(response.status()).as(path).isBetween(200, 499);
            assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndAssetsAreSelfHostedAndCached() {
        Response home = http.get("/en/");
        assertThat(home.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(home.header("Set-Cookie")).as("readers get no session").isNull();
        Document page = home.document();
        for (Element asset : page.select("link[rel=stylesheet], link[rel=icon], script[src], img[src]")) {
            String url = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
            assertThat(url).as("self-hosted").startsWith("/").doesNotStartWith("//");
        }
        for (Element link : page.select("link[rel=alternate], link[rel=canonical]")) {
            assertThat(link.attr("href")).as("links to this site").startsWith("http://localhost:" + port + "/");
        }
        String css = page.select("link[rel=stylesheet]").attr("href");
        Response stylesheet = http.get(css);
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(css).as("fingerprinted").matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(stylesheet.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");
        assertThat(stylesheet.header("Content-Encoding")).as("an old client gets it plain").isNull();
        for (String encoding : List.of("br", "gzip")) {
            Response compressed = http.get(css, "Accept-Encoding", encoding);
            assertThat(compressed.header("Content-Encoding")).as("compressed ahead of time").isEqualTo(encoding);
            assertThat(compressed.header("Vary")).contains("Accept-Encoding");
            assertThat(compressed.header("Cache-Control")).contains("immutable");
            assertThat(Long.parseLong(compressed.header("Content-Length")))
                    .isLessThan(Long.parseLong(stylesheet.header("Content-Length")) / 2);
        }
    }

    @Test
    void anUnchangedPageIsRevalidatedWithA304() {
        Response first = http.get(RELEASE);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).as("a reader's browser asks again within seconds")
                .startsWith("public, max-age=10,");
        Response again = http.get(RELEASE, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    private void assertBadRequest(String path, String reason) {
        Response response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.mainText()).as(path).contains(reason);
        assertThat(response.document().select("nav.main-nav > ul > li > a")).hasSize(11);
    }
}
