package org.herald.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * robots.txt and the sitemaps over real HTTP: every sitemap the index names validates against the
 * protocol's XSD (with the hreflang and News extensions), lists exactly the translations that
 * exist, and answers a conditional request with a 304. Run on H2 and PostgreSQL.
 */
abstract class SitemapsContract {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOutOfTheBackOffice() {
        Response robots = http.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        assertThat(robots.body()).contains("Sitemap: http://localhost:" + port + "/sitemap.xml")
                .contains("Disallow: /admin").contains("Disallow: /preview/");
    }

    @Test
    void everySitemapTheIndexNamesValidatesAgainstTheProtocolsSchema() throws Exception {
        Response index = http.get("/sitemap.xml");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.header("Content-Type")).startsWith("application/xml");
        schema("siteindex.xsd").newValidator().validate(new StreamSource(new StringReader(index.body())));
        List<String> sitemaps = texts(FeedsContract.xml(index.body()), SITEMAP, "loc");
        assertThat(sitemaps).contains(local("/sitemaps/en/news-1.xml"), local("/sitemaps/en/site.xml"),
                local("/sitemaps/fr/site.xml"));
        Schema urlset = schema("sitemap.xsd");
        for (String sitemap : sitemaps) {
            Response part = http.get(sitemap.replaceFirst("^http://[^/]+", ""));
            assertThat(part.status()).as(sitemap).isEqualTo(200);
            urlset.newValidator().validate(new StreamSource(new StringReader(part.body())));
        }
        Document news = FeedsContract.xml(http.get("/sitemaps/en/news-1.xml").body());
        assertThat(texts(news, SITEMAP, "loc")).contains(local(FeedsContract.RELEASE));
        assertThat(texts(news, SITEMAP, "lastmod")).isNotEmpty();
    }

    @Test
    void theSiteSitemapListsTheGoalsThemesRegionsAndCountriesPagesInEveryLanguage() throws Exception {
        Document site = FeedsContract.xml(http.get("/sitemaps/ar/site.xml").body());
        List<String> pages = texts(site, SITEMAP, "loc");
        assertThat(pages).contains(local("/ar/"), local("/ar/2030-agenda/goal-10"), local("/ar/2030-agenda/goal-17"),
                local("/ar/what-we-do/labour-migration"), local("/ar/regions/eastern-europe-central-asia"),
                local("/ar/countries/by")).doesNotHaveDuplicates();
        assertThat(pages).as("a country of which nothing is recorded").doesNotContain(local("/ar/countries/aq"));
        for (String page : List.of("/ar/2030-agenda/goal-10", "/ar/what-we-do/labour-migration", "/ar/countries/by")) {
            assertThat(http.get(page).status()).as(page).isEqualTo(200);
        }
        NodeList urls = site.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent().endsWith("/goal-10")) {
                assertThat(url.getElementsByTagNameNS(XHTML, "link").getLength()).as("one alternate per language")
                        .isEqualTo(6);
            }
        }
    }

    @Test
    void alternatesListExactlyTheTranslationsThatExist() throws Exception {
        Document news = FeedsContract.xml(http.get("/sitemaps/en/news-1.xml").body());
        NodeList urls = news.getElementsByTagNameNS(SITEMAP, "url");
        int translated = 0;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            String slug = loc.substring(loc.lastIndexOf('/') + 1);
            Set<String> listed = new TreeSet<>();
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < links.getLength(); j++) {
                listed.add(((Element) links.item(j)).getAttribute("hreflang"));
            }
            Set<String> published = new TreeSet<>(jdbc.sql("""
                    SELECT t.language FROM published_item p JOIN published_item t
                      ON t.translation_group = p.translation_group
                    WHERE p.language = 'en' AND p.content_type = 'ARTICLE' AND p.slug = :slug
                    """).param("slug", slug).query(String.class).list());
            assertThat(listed).as(loc).isEqualTo(published.size() < 2 ? Set.of() : published);
            translated += listed.isEmpty() ? 0 : 1;
        }
        assertThat(translated).as("the seed's release is in French and Russian too").isPositive();
    }

    @Test
    void anUnchangedSitemapCostsACrawlerA304() {
        Response first = http.get("/sitemaps/en/news-1.xml");
        assertThat(first.header("ETag")).isNotNull();
        assertThat(http.get("/sitemaps/en/news-1.xml", "If-None-Match", first.header("ETag")).status())
                .isEqualTo(304);
        assertThat(http.get("/sitemaps/en/news-1.xml", "If-Modified-Since", first.header("Last-Modified")).status())
                .isEqualTo(304);
    }

    @Test
    void addressesOutsideTheSetAre404() {
        for (String path : List.of("/sitemaps/en/news-0.xml", "/sitemaps/en/news-999.xml", "/sitemaps/xx/news-1.xml",
                "/sitemaps/de/site.xml", "/sitemaps/en/other-1.xml", "/sitemaps/en/news-x.xml")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
    }

    private String local(String path) {
        return "http://localhost:" + port + path;
    }

    /** The protocol's schema (shipped by sitemapgen4j), with the hreflang and News extensions beside it. */
    static Schema schema(String name) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        List<Source> sources = new ArrayList<>();
        for (URL url : List.of(resource("/sitemaps/xhtml-link.xsd"), resource("/sitemaps/sitemap-news.xsd"),
                resource("/com/redfin/sitemapgenerator/" + name))) {
            sources.add(new StreamSource(url.openStream(), url.toString()));
        }
        return factory.newSchema(sources.toArray(Source[]::new));
    }

    private static URL resource(String path) {
        return SitemapsContract.class.getResource(path);
    }

    static List<String> texts(Document document, String namespace, String name) {
        NodeList found = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent().trim());
        }
        return texts;
    }
}
