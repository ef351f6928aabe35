package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a shared link shows and what search engines read: OpenGraph and Twitter card tags, the
 * canonical address, schema.org JSON-LD and the feed links of every public page; the favicon and
 * the web app manifest. Run on H2 and on PostgreSQL.
 */
abstract class RichPreviewsContract {

    static final List<String> PUBLIC_PAGES = List.of("/en/", "/en/news", "/en/news?kind=press-release",
            "/en/press-room", "/en/countries", "/en/countries/by", "/en/who-we-are", FeedsContract.RELEASE,
            "/fr/news", "/en/search?q=migration");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void everyPublicPageHasACanonicalAddressOpenGraphTwitterCardAndBreadcrumbs() {
        for (String path : PUBLIC_PAGES) {
            Document page = page(path);
            String canonical = page.select("link[rel=canonical]").attr("href");
            assertThat(canonical).as(path).startsWith("http://localhost:" + port + "/");
            assertThat(page.select("link[rel=canonical]")).as(path + ": one canonical").hasSize(1);
            assertThat(meta(page, "og:title")).as(path).isNotBlank();
            assertThat(meta(page, "og:url")).as(path).isEqualTo(canonical);
            assertThat(meta(page, "og:site_name")).as(path).isEqualTo(path.startsWith("/fr/")
                    ? "Organisation internationale pour les migrations" : "International Organization for Migration");
            assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
            String image = meta(page, "og:image");
            assertThat(http.download(image.replaceFirst("^http://[^/]+", "")).header("Content-Type"))
                    .as(path + " image").isEqualTo("image/png");
            JsonNode crumbs = jsonLd(page, "BreadcrumbList").get(0);
            JsonNode first = crumbs.get("itemListElement").get(0);
            assertThat(first.get("position").asInt()).isEqualTo(1);
            assertThat(first.get("item").asString()).isEqualTo("http://localhost:" + port + path.substring(0, 4));
        }
    }

    @Test
    void anArticleIsANewsArticleWithItsCountriesAndTranslations() {
        Document page = page(FeedsContract.RELEASE);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo(FeedsContract.RELEASE_TITLE);
        JsonNode article = jsonLd(page, "NewsArticle").get(0);
        assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.get("headline").asString()).isEqualTo(FeedsContract.RELEASE_TITLE);
        assertThat(article.get("inLanguage").asString()).isEqualTo("en");
        assertThat(article.get("url").asString()).isEqualTo("http://localhost:" + port + FeedsContract.RELEASE);
        assertThat(article.get("publisher").get("name").asString()).isEqualTo("International Organization for Migration");
        assertThat(article.get("about").toString()).contains("\"identifier\":\"BY\"", "Belarus");
        assertThat(article.get("workTranslation").findValuesAsString("inLanguage")).contains("fr", "ru");
        assertThat(article.has("dateModified")).isTrue();
        if (article.has("datePublished")) {
            assertThat(article.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(meta(page, "article:published_time")).isEqualTo(article.get("datePublished").asString());
        }
        assertThat(jsonLd(page, "BreadcrumbList").get(0).get("itemListElement")).hasSize(3);

        String french = article.get("workTranslation").findValues("@id").stream().map(JsonNode::asString)
                .filter(id -> id.contains("/fr/")).findFirst().orElseThrow().replaceFirst("#article$", "");
        JsonNode translation = jsonLd(page(french.replaceFirst("^http://[^/]+", "")), "NewsArticle").get(0);
        assertThat(translation.get("inLanguage").asString()).isEqualTo("fr");
        assertThat(translation.get("translationOfWork").get("@id").asString())
                .isEqualTo("http://localhost:" + port + FeedsContract.RELEASE + "#article");
    }

    @Test
    void theProfileIsAnOrganizationWithItsFactsAndThePressRoomListsItsMediaContacts() {
        JsonNode organization = jsonLd(page("/en/who-we-are"), "Organization").get(0);
        assertThat(organization.get("name").asString()).isEqualTo("International Organization for Migration");
        assertThat(organization.get("foundingDate").asString()).isEqualTo("1951");
        assertThat(organization.get("additionalProperty").toString()).contains("member_states", "175");

        JsonNode pressRoom = jsonLd(page("/en/press-room"), "Organization").get(0);
        JsonNode contact = pressRoom.get("contactPoint").get(0);
        assertThat(contact.get("@type").asString()).isEqualTo("ContactPoint");
        assertThat(contact.get("name").asString()).isEqualTo("Galina Desyatova");
        assertThat(contact.get("telephone").asString()).matches("\\+\\d{8,15}");
        assertThat(contact.get("email").asString()).contains("@");
    }

    @Test
    void pagesThatListItemsLinkTheirFeedsAndEveryLinkedFeedAnswers() {
        Document news = page("/en/news?kind=press-release");
        assertThat(news.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
                .isEqualTo("http://localhost:" + port + "/en/feeds/news.rss?kind=press-release");
        assertThat(page("/en/countries/by").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .endsWith("/en/feeds/news.atom?country=by");
        assertThat(page("/en/search?q=migration").select("link[rel=alternate][type=application/feed+json]")
                .attr("href")).endsWith("/en/feeds/search.json?q=migration");
        for (String path : List.of("/en/", "/en/news?kind=press-release", "/en/press-room", "/en/countries/by")) {
            List<Element> links = page(path).select("link[rel=alternate][type~=(rss|atom|feed)]");
            assertThat(links).as(path).hasSize(3);
            for (Element link : links) {
                assertThat(link.attr("title")).isNotBlank();
                Response feed = http.get(link.attr("href").replaceFirst("^http://[^/]+", ""));
                assertThat(feed.status()).as(link.attr("href")).isEqualTo(200);
                assertThat(feed.header("Content-Type")).startsWith(link.attr("type"));
            }
        }
    }

    @Test
    void theFaviconAndTheManifestAreWhereBrowsersLook() {
        Http.Download icon = http.download("/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).isEqualTo("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        Document home = page("/fr/");
        String manifestPath = home.select("link[rel=manifest]").attr("href");
        assertThat(manifestPath).isEqualTo("/fr/manifest.webmanifest");
        Response manifest = http.get(manifestPath);
        assertThat(manifest.header("Content-Type")).startsWith("application/manifest+json");
        JsonNode json = JSON.readTree(manifest.body());
        assertThat(json.get("lang").asString()).isEqualTo("fr");
        assertThat(json.get("start_url").asString()).isEqualTo("/fr/");
        for (JsonNode each : json.get("icons")) {
            assertThat(http.download(each.get("src").asString()).status()).isEqualTo(200);
        }
        assertThat(http.get("/xx/manifest.webmanifest").status()).isEqualTo(404);
    }

    @Test
    void anErrorPageClaimsNothing() {
        Document missing = http.get("/en/news/no-such-article").document();
        assertThat(missing.select("meta[property^=og:], script[type=application/ld+json]")).isEmpty();
    }

    Document page(String path) {
        Response response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.document();
    }

    static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    /** The page's JSON-LD documents of a type, each parsed (a document that does not parse fails). */
    static List<JsonNode> jsonLd(Document page, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (node.get("@type").asString().equals(type)) {
                found.add(node);
            }
        }
        return found;
    }
}
