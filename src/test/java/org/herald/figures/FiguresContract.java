package org.herald.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.UnpublishContent;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.InputSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of published releases as readers, journalists and API clients meet them, over real
 * HTTP: the seed's four on the Figures page, in a bar chart whose bars link to the release
 * (mirrored in Arabic); a figure of a draft never shown, one of an unpublished release gone from
 * the page, the CSV and the API at once; an undated release's figure never given a date; a cell
 * that would be a formula in a spreadsheet written as text. Run on H2 and PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class FiguresContract {

    static final String RELEASE = "/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states";
    private static final Actor EDITOR = Actor.system("figures-test");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired PublishContent publish;
    @Autowired SaveContent save;
    @Autowired UnpublishContent unpublish;
    @Autowired Figures figures;
    @Autowired TransactionTemplate transaction;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder passwords;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSeedsFourFiguresAreChartedEachBarLinkedToTheRelease() throws Exception {
        Document page = http.get("/en/figures").document();
        assertThat(page.select("main h1").text()).isEqualTo("Figures from our releases");
        List<String> countries = page.select(".figures-table tbody th").eachText();
        assertThat(countries).contains("Belarus", "Kazakhstan", "Ukraine");
        assertThat(page.select(".figures-table tbody td").eachText()).anyMatch(cell -> cell.startsWith("12,000,000"));
        for (String country : List.of("by", "kz", "ua", "ru")) {
            Document one = http.get("/en/figures?country=" + country).document();
            Element svg = one.selectFirst("figure.bar-chart svg");
            assertThat(svg).as(country).isNotNull();
            assertThat(svg.select("a").eachAttr("href")).as(country).containsExactly(RELEASE);
            assertThat(svg.select("title").first().text()).isEqualTo("The largest figure stated about each country");
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setNamespaceAware(true);
            assertThat(xml.newDocumentBuilder().parse(new InputSource(new StringReader(svg.outerHtml())))
                    .getDocumentElement().getLocalName()).as("the chart parses as XML").isEqualTo("svg");
        }
        Document data = http.get("/en/data-and-research").document();
        assertThat(data.select("figure.bar-chart svg a").eachAttr("href")).as("the Data and Research page's chart")
                .hasSizeGreaterThanOrEqualTo(4).contains(RELEASE);
        assertThat(data.select("figure.bar-chart svg .chart-label").eachText())
                .contains("Russia", "Ukraine", "Kazakhstan", "Belarus");
        Document countryPage = http.get("/en/countries/by").document();
        assertThat(countryPage.select("section.figures a[href='/en/figures?country=by']").text())
                .isEqualTo("All figures about Belarus, to cite and download");
        Document belarus = http.get("/en/figures?country=by").document();
        assertThat(belarus.select(".chart-value").text()).isEqualTo("1.2 million");

        Document arabic = http.get("/ar/figures?country=by").document();
        Element label = arabic.selectFirst(".chart-label");
        Element bar = arabic.selectFirst(".chart-bar");
        assertThat(label.attr("text-anchor")).as("the name on the right of its bar: a right-to-left text's end is"
                + " its left edge").isEqualTo("end");
        assertThat(Integer.parseInt(bar.attr("x")) + Integer.parseInt(bar.attr("width")))
                .isLessThan(Integer.parseInt(label.attr("x")));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");

        for (String bad : List.of("/en/figures?country=zz", "/en/figures?year=nineteen", "/en/figures.csv?country=zz")) {
            assertThat(http.get(bad).status()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void theChartDownloadsAsAnSvgDocumentAndAsThePngOfIt() throws Exception {
        Document page = http.get("/ar/figures").document();
        String svgLink = page.select("figure.bar-chart figcaption a").first().attr("href");
        assertThat(svgLink).isEqualTo("/ar/figures/chart.svg");
        Http.Download svg = http.download(svgLink);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        org.w3c.dom.Document file = xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.body()));
        assertThat(file.getDocumentElement().getAttribute("width")).as("a standalone file has its size").isEqualTo("420");
        assertThat(file.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .as("titled in the page's language").isEqualTo(new Http(port).get("/ar/figures").document()
                        .selectFirst("figure.bar-chart svg title").text());
        assertThat(((org.w3c.dom.Element) file.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a").item(0))
                .getAttribute("href")).as("bars link to the release from anywhere").endsWith(
                        page.selectFirst("figure.bar-chart svg a").attr("href")).startsWith("http");

        Http.Download png = http.download("/en/figures/chart.png?country=by");
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).as("drawn at twice the view box").isEqualTo(840);
        assertThat(image.getRGB(0, 0)).as("on white").isEqualTo(0xFFFFFFFF);
        assertThat(http.get("/en/figures/chart.gif").status()).isEqualTo(404);
        assertThat(http.get("/en/figures/chart.png?country=zz").status()).isEqualTo(400);
    }

    @Test
    void aFigureIsPublicOnlyWhileItsReleaseIsPublishedAndAnUndatedOneKeepsNoDate() throws Exception {
        String title = "Figures of an undated release " + UUID.randomUUID().toString().substring(0, 6);
        long published = publish.publishNew(EDITOR, draft(title));
        long draft = save.create(EDITOR, draft("A draft with figures " + UUID.randomUUID().toString().substring(0, 6)),
                null);
        transaction.executeWithoutResult(status -> {
            figures.addFromSource(published, List.of(new Figure("TJ", new BigDecimal("777000"),
                    "=HYPERLINK(\"http://evil.example\")", "about", "About 777,000 people moved.", published)));
            figures.addFromSource(draft, List.of(new Figure("TJ", new BigDecimal("555000"), "migrants", null,
                    "A draft says 555,000.", draft)));
        });

        Document page = http.get("/en/figures?country=tj").document();
        assertThat(page.select(".figures-table tbody tr")).hasSize(1);
        assertThat(page.select(".figures-table tbody td").eachText()).contains("date unknown")
                .anyMatch(cell -> cell.startsWith("777,000"));
        assertThat(page.text()).doesNotContain("555,000");

        Response csv = http.get("/en/figures.csv?country=tj");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(FigureExports.COLUMNS);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"TJ\",\"Tajikistan\",\"777000\",\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .as("no cell starts a formula").doesNotContain(",\"=").contains("date unknown").contains(title);

        JsonNode api = JSON.readTree(http.get("/api/v1/figures?country=TJ").body());
        assertThat(api.get("figures")).hasSize(1);
        JsonNode figure = api.get("figures").get(0);
        assertThat(figure.get("value").asInt()).isEqualTo(777000);
        assertThat(figure.get("date").isNull()).isTrue();
        assertThat(figure.get("dateReason").asString()).isNotBlank();
        assertThat(figure.get("citation").asString()).contains(title).contains("date unknown");
        assertThat(api.get("licence").asString()).endsWith("/en/terms");

        unpublish.unpublish(EDITOR, published);
        assertThat(http.get("/en/figures?country=tj").document().select(".figures-table")).isEmpty();
        assertThat(http.get("/en/figures.csv?country=tj").body().lines().count()).isEqualTo(1);
        assertThat(JSON.readTree(http.get("/api/v1/figures?country=TJ").body()).get("figures")).isEmpty();
        assertThat(http.get("/en/countries/tj").body()).doesNotContain("777");
    }

    @Test
    void anEditorReviewsTheFiguresFoundInAnArticleWrittenInTheEditorBeforeAnyIsPublic() throws Exception {
        String body = "Armenia hosts an estimated 190,000 migrants. Georgia hosts an estimated 80,000 migrants.";
        long id = publish.publishNew(EDITOR, new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN,
                "Written in the editor " + UUID.randomUUID().toString().substring(0, 6),
                "edited-" + UUID.randomUUID().toString().substring(0, 8), "A summary.", body, null, false, null, null,
                null, PageLayout.STANDARD, false, List.of("AM", "GE"), List.of()));
        assertThat(http.get("/en/figures?country=am").body()).as("found, not reviewed: not public").doesNotContain("190,000");

        Http editor = new org.herald.support.TestUsers(jdbc, passwords).signedIn(port, "EDITOR");
        Document editorPage = editor.get("/admin/content/" + id).document();
        assertThat(editorPage.select(".about-item a[href$=/figures]").text())
                .isEqualTo("2 figures found in the text wait for review");
        String screen = editorPage.select(".about-item a[href$=/figures]").attr("href");
        Document review = editor.get(screen).document();
        List<Element> forms = review.select("form.figure-review");
        assertThat(forms).hasSize(2);
        assertThat(review.select("form.figure-review blockquote").eachText())
                .containsExactly("Armenia hosts an estimated 190,000 migrants.", "Georgia hosts an estimated 80,000 migrants.");
        Element armenia = forms.get(0);
        assertThat(armenia.selectFirst("select[name=country] option[selected]").attr("value")).isEqualTo("AM");
        assertThat(armenia.selectFirst("input[name=value]").val()).isEqualTo("190000");

        Map<String, String> corrected = fields(armenia);
        corrected.put("value", "195000");
        corrected.put("confirm", "");
        assertThat(editor.post(screen, corrected).location()).endsWith("?corrected");
        Map<String, String> rejected = fields(forms.get(1));
        rejected.put("reject", "");
        assertThat(editor.post(screen, rejected).location()).endsWith("?rejected");

        Map<String, String> tampered = fields(forms.get(1));
        tampered.put("sentence", "Georgia hosts 9 million migrants.");
        assertThat(editor.post(screen, tampered).status()).as("a sentence not in the text").isEqualTo(400);
        Map<String, String> unknown = fields(forms.get(0));
        unknown.put("country", "ZZ");
        assertThat(editor.post(screen, unknown).status()).isEqualTo(400);

        Document after = editor.get(screen).document();
        assertThat(after.select("#proposals-heading").text()).isEqualTo("No figure waits for review");
        assertThat(after.select("form.figure-review .status").eachText()).allMatch(text -> text.contains("editor"))
                .anyMatch(text -> text.startsWith("Corrected")).anyMatch(text -> text.startsWith("Rejected"));
        assertThat(http.get("/en/figures?country=am").document().select(".figures-table td").eachText())
                .anyMatch(cell -> cell.startsWith("195,000"));
        assertThat(http.get("/en/figures?country=ge").body()).as("rejected: never shown").doesNotContain("80,000");
        assertThat(editor.get("/admin/content/" + id).document().select(".about-item a[href$=/figures]").text())
                .isEqualTo("Figures: one shown");
        assertThat(new Http(port).get(screen).status()).as("not signed in").isIn(302, 401, 403);
    }

    @Test
    void theDemonstrationIndicatorIsChartedOverTimeAndMappedWithItsValuesAsTables() throws Exception {
        String link = http.get("/en/data/datasets").document()
                .select(".indicator-list a[href^='/en/data/indicators/international-migrant-stock']").first().attr("href");
        Document page = http.get(link).document();
        Element line = page.selectFirst("figure.line-chart svg");
        assertThat(line.selectFirst("title").text()).endsWith("over time");
        assertThat(line.select("polyline")).as("the five largest countries by default").hasSize(5);
        assertThat(line.select("g > text[font-weight=bold]").eachText()).as("each line named, the largest first")
                .hasSize(5).first().isEqualTo(page.select(".indicator-latest tbody th").first().text());
        assertThat(page.select(".indicator-series thead th").size()).isEqualTo(6);
        assertThat(page.select(".indicator-series tbody tr")).hasSize(10);
        Element map = page.selectFirst("figure.world-map-figure svg");
        assertThat(map.select("path[fill^=url]").size()).as("countries with no value hatched").isGreaterThan(100);
        assertThat(map.select("path:not([fill^=url]) title").size()).as("twenty countries shaded").isEqualTo(20);
        assertThat(page.select(".indicator-latest tbody tr")).hasSize(20);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        for (Element svg : List.of(line, map)) {
            assertThat(xml.newDocumentBuilder().parse(new InputSource(new StringReader(svg.outerHtml())))
                    .getDocumentElement().getLocalName()).isEqualTo("svg");
        }

        Document chosen = http.get(link + "?country=by&country=ua").document();
        assertThat(chosen.select("figure.line-chart polyline")).hasSize(2);
        assertThat(chosen.select("figure.line-chart figcaption a").first().attr("href"))
                .isEqualTo(link + "/line.svg?country=by&country=ua");
        Http.Download png = http.download(link + "/line.png?country=by&country=ua");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())).getWidth()).isEqualTo(1280);
        Http.Download mapFile = http.download(link.replace("/en/", "/ar/") + "/map.svg");
        assertThat(mapFile.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(mapFile.body())).getDocumentElement()
                .getAttribute("direction")).isEqualTo("rtl");

        Document arabic = http.get(link.replace("/en/", "/ar/")).document();
        Element arabicLine = arabic.selectFirst("figure.line-chart svg");
        assertThat(arabicLine.select("g[text-anchor] text").first().attr("x")).as("the value axis on the right")
                .satisfies(x -> assertThat(Double.parseDouble(x)).isGreaterThan(500));
        assertThat(arabic.select(".indicator-series tbody th").first().text()).as("years in the language's digits")
                .isEqualTo(new com.ibm.icu.text.DecimalFormat("0", new com.ibm.icu.text.DecimalFormatSymbols(
                        com.ibm.icu.util.ULocale.forLanguageTag("ar"))).format(2014));

        assertThat(http.get(link + "?country=zz").status()).isEqualTo(400);
        assertThat(http.get(link + "?country=by&country=ua&country=kz&country=ru&country=de&country=fr&country=tr")
                .status()).as("seven lines are too many to tell apart").isEqualTo(400);
        assertThat(http.get("/en/data/indicators/no-such-indicator").status()).isEqualTo(404);
        assertThat(http.get(link + "/map.gif").status()).isEqualTo(404);
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("input").forEach(input -> fields.put(input.attr("name"), input.val()));
        form.select("select").forEach(select -> fields.put(select.attr("name"),
                select.select("option[selected]").attr("value")));
        return fields;
    }

    private static ContentDraft draft(String title) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.PRESS_RELEASE, Language.EN, title,
                "figures-" + UUID.randomUUID().toString().substring(0, 8), "A summary.", "About 777,000 people moved.",
                null, false, null, null, null, PageLayout.STANDARD, false, List.of("TJ"), List.of());
    }
}
