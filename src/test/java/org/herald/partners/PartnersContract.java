package org.herald.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herald.importer.recover.Vocabulary;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.herald.support.TestImages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partnerships as readers, editors, imports and API clients meet them, over real HTTP: the seed's
 * CIS with its eleven states and the planned memorandum read from the release, linked both ways
 * with it and shown on Belarus's page and the section page; the list filtered by type; the
 * partners and agreements screens, their refusals (nothing changed), and every page, search and
 * the importer following a change at once. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class PartnersContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RELEASE = "/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states";
    static final String MOU = "cis-memorandum-of-understanding";
    static final List<String> CIS_STATES = List.of("Armenia", "Azerbaijan", "Belarus", "Kazakhstan", "Kyrgyzstan",
            "Moldova", "Russia", "Tajikistan", "Turkmenistan", "Ukraine", "Uzbekistan");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Vocabulary vocabulary;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSeedMakesTheCisAPartnerWithItsElevenStatesAndThePlannedMemorandumFromTheRelease() {
        Response partner = http.get("/en/partners/cis");
        assertThat(partner.status()).isEqualTo(200);
        Document page = partner.document();
        assertThat(page.select("main h1").text()).isEqualTo("Commonwealth of Independent States");
        assertThat(page.select(".partner-facts").text()).contains("Intergovernmental organization");
        assertThat(page.select("section[aria-labelledby=members-heading] li").eachText())
                .as("the states the release names as CIS member states").hasSize(11)
                .allMatch(name -> CIS_STATES.stream().anyMatch(name::startsWith));
        assertThat(page.select("section[aria-labelledby=agreements-heading] li").eachText()).singleElement()
                .asString().contains("Memorandum of understanding", "IOM", "Commonwealth of Independent States",
                        "Planned", "Minsk", "date unknown");
        assertThat(page.select("section[aria-labelledby=partner-news-heading] a").eachText())
                .as("the release mentions the CIS").contains("IOM to Sign MoU with Commonwealth of Independent States");

        Document agreement = http.get("/en/agreements/" + MOU).document();
        assertThat(agreement.select("main h1").text())
                .isEqualTo("Memorandum of understanding: IOM – Commonwealth of Independent States");
        assertThat(agreement.select(".agreement-facts").text()).contains("Planned", "Minsk", "date unknown");
        assertThat(agreement.select(".parties li").eachText()).containsExactly(
                "IOM — Signatory: Brunson McKinley, Director General",
                "Commonwealth of Independent States — Signatory: Sergei Lebedev, Executive Secretary");
        assertThat(agreement.select("section[aria-labelledby=releases-heading] a").eachAttr("href"))
                .as("the agreement lists its release").contains(RELEASE);
        assertThat(agreement.select("section[aria-labelledby=agreement-countries-heading] li")).hasSize(11);

        assertThat(http.get(RELEASE).document().select(".announced-agreements a").eachAttr("href"))
                .as("the release shows its agreement").containsExactly("/en/agreements/" + MOU);
        assertThat(http.get("/en/countries/by").document().select("section[aria-labelledby=partnerships-heading] a")
                .eachAttr("href")).as("Belarus's partnerships").containsExactly("/en/agreements/" + MOU);
        Document section = http.get("/en/partnerships").document();
        assertThat(section.select(".partner-list a").eachText()).contains("Commonwealth of Independent States");
        assertThat(section.select(".agreement-list a").eachAttr("href")).contains("/en/agreements/" + MOU);

        Document arabic = http.get("/ar/partners/cis").document();
        assertThat(arabic.select("main h1").text()).isEqualTo("كومنولث الدول المستقلة");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void theListFiltersByTypeAndRefusesATypeItDoesNotKnow() {
        List<String> intergovernmental = http.get("/en/partners?type=intergovernmental").document()
                .select(".partner-list a").eachText();
        assertThat(intergovernmental).contains("Commonwealth of Independent States", "European Union")
                .doesNotContain("UN Refugee Agency");
        assertThat(http.get("/en/partners?type=un-agency").document().select(".partner-list a").eachText())
                .contains("World Health Organization").doesNotContain("Commonwealth of Independent States");
        Response unknown = http.get("/en/partners?type=charity");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.mainText()).contains("charity");
        assertThat(http.get("/en/partners/no-such-partner").status()).isEqualTo(404);
        assertThat(http.get("/en/agreements/no-such-agreement").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndChangesNothing() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        int partners = count("partner");
        int names = count("partner_name");
        int agreements = count("agreement");
        String code = "p" + suffix();

        Response sameName = post("/admin/partners", Map.of("code", code, "acronym", "X", "type", "ngo",
                "names-en", "commonwealth of independent states"));
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.document().select("#names-en-error").text())
                .isEqualTo("A partner already has this name in this language.");
        Response unknownCountry = post("/admin/partners", Map.of("code", code, "acronym", "X", "type", "ngo",
                "names-en", "Someone " + code, "country", "QQ", "members", "BY ZZ"));
        assertThat(unknownCountry.status()).isEqualTo(400);
        assertThat(unknownCountry.document().select("#country-error").text()).startsWith("No country has this code");
        assertThat(unknownCountry.document().select("#members-error").text()).startsWith("No country has this code");
        assertThat(unknownCountry.document().select("#names-en").val()).as("what was typed comes back")
                .isEqualTo("Someone " + code);

        Response noParties = post("/admin/agreements", Map.of("kind", "framework", "status", "signed",
                "organization-party", "yes"));
        assertThat(noParties.status()).isEqualTo(400);
        assertThat(noParties.document().select("#parties-error").text())
                .isEqualTo("Name at least one partner that is a party.");
        Response endsFirst = post("/admin/agreements", Map.of("kind", "framework", "status", "in-force",
                "parties", "cis", "starts-on", "2024-05-01", "ends-on", "2024-04-30"));
        assertThat(endsFirst.status()).isEqualTo(400);
        assertThat(endsFirst.document().select("#ends-on-error").text())
                .isEqualTo("The end date comes before the start date.");
        Response badCountry = post("/admin/agreements", Map.of("kind", "framework", "status", "signed",
                "parties", "cis", "countries", "BY QQ"));
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.document().select("#countries-error").text()).startsWith("No country has one");
        Response noDocument = post("/admin/agreements", Map.of("kind", "framework", "status", "signed",
                "parties", "cis", "documents", "/media/0123456789abcdef0123456789abcdef"));
        assertThat(noDocument.status()).isEqualTo(400);
        assertThat(noDocument.document().select("#documents-error").text())
                .isEqualTo("One of these is not a file of the media library.");
        Response edited = post("/admin/agreements/" + MOU, Map.of("kind", "memorandum-of-understanding",
                "status", "planned", "parties", ""));
        assertThat(edited.status()).as("an edit that leaves no party").isEqualTo(400);

        assertThat(count("partner")).isEqualTo(partners);
        assertThat(count("partner_name")).isEqualTo(names);
        assertThat(count("agreement")).isEqualTo(agreements);
        assertThat(http.get("/en/agreements/" + MOU).document().select(".parties li")).hasSize(2);
    }

    @Test
    void anEditorsPartnerAndAgreementReachEveryPageSearchAndTheImportAtOnce() throws InterruptedException {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String code = "eurasian-" + suffix();
        String name = "Eurasian Migration Observatory " + code;
        String alias = "EMO-" + code.toUpperCase(java.util.Locale.ROOT);
        assertThat(http.get("/en/partners").document().select(".partner-list a").eachText()).doesNotContain(name);
        Response created = post("/admin/partners", Map.of("code", code, "acronym", "EMO", "type", "academia",
                "names-en", name, "names-ru", "Евразийская обсерватория " + code, "aliases", alias,
                "country", "by", "members", "am kz"));
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);

        assertThat(http.get("/en/partners").document().select(".partner-list a").eachText())
                .as("the page cache let the list go").contains(name);
        Document page = http.get("/ru/partners/" + code).document();
        assertThat(page.select("main h1").text()).isEqualTo("Евразийская обсерватория " + code);
        assertThat(page.select(".partner-facts").text()).contains("Беларусь");
        assertThat(vocabulary.organizations("Scholars of the " + alias + " met in Minsk."))
                .as("imports recognize the alias").containsExactly("EMO");

        Response uploaded = http.upload("/admin/media", "file", "agreement-" + code + ".pdf", TestImages.pdf(),
                Map.of("_csrf", http.csrf("/admin/media"), "altText", ""));
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String document = uploaded.location().replaceAll(".*/admin/media/([0-9a-f]{32}).*", "/media/$1");
        Response agreement = post("/admin/agreements", Map.ofEntries(Map.entry("kind", "cooperation-agreement"),
                Map.entry("status", "in-force"), Map.entry("organization-party", "yes"),
                Map.entry("organization-signatory", "Amy Pope"), Map.entry("organization-signatory-title", "Director General"),
                Map.entry("parties", code + "; Jane Roe; Director"), Map.entry("place", "Minsk"),
                Map.entry("signed-on", "2024-03-01"), Map.entry("starts-on", "2024-03-01"),
                Map.entry("ends-on", "2027-02-28"), Map.entry("countries", "BY KZ"), Map.entry("releases", RELEASE),
                Map.entry("documents", document)));
        assertThat(agreement.status()).as(agreement.mainText()).isEqualTo(302);
        String slug = code + "-cooperation-agreement";
        assertThat(agreement.location()).endsWith("/admin/agreements/" + slug + "?created");
        Document shown = http.get("/en/agreements/" + slug).document();
        assertThat(shown.select(".agreement-facts").text()).contains("In force", "Minsk", "March 1, 2024");
        assertThat(shown.select("section[aria-labelledby=documents-heading] a").eachAttr("href"))
                .as("its document from the media library").containsExactly(document);
        assertThat(http.get("/en/countries/kz").document().select("section[aria-labelledby=partnerships-heading] a")
                .eachAttr("href")).contains("/en/agreements/" + slug);
        assertThat(http.get(RELEASE).document().select(".announced-agreements a").eachAttr("href"))
                .contains("/en/agreements/" + MOU, "/en/agreements/" + slug);
        assertThat(http.get("/en/partners/" + code).document().select("section[aria-labelledby=agreements-heading] a")
                .eachAttr("href")).containsExactly("/en/agreements/" + slug);

        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity = 'partner' OR entity = 'agreement'")
                .query(String.class).list()).contains("partner.create", "agreement.create");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM change_log WHERE entity IN ('partner', 'agreement')")
                .query(Integer.class).single()).isPositive();

        JsonNode found = null;
        for (int tries = 0; tries < 100; tries++) {
            found = JSON.readTree(http.get("/api/v1/search?q=" + alias.replace("-", "+")).body());
            if (found.get("total").asLong() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found.get("results").get(0).get("url").asString()).as("search finds it by its alias")
                .isEqualTo("/en/partners/" + code);
    }

    @Test
    void theApiAnswersPartnersAndAgreementsInTheLanguageAsked() {
        JsonNode cis = JSON.readTree(http.get("/api/v1/partners/cis?lang=ru").body());
        assertThat(cis.get("partner").get("name").asString()).isEqualTo("Содружество Независимых Государств");
        assertThat(cis.get("partner").get("type").asString()).isEqualTo("intergovernmental");
        assertThat(cis.get("members")).hasSize(11);
        JsonNode mou = cis.get("agreements").get(0);
        assertThat(mou.get("status").asString()).isEqualTo("planned");
        assertThat(mou.get("signedOn").isNull()).isTrue();
        assertThat(mou.get("place").asString()).isEqualTo("Minsk");
        assertThat(mou.get("parties").get(0).get("signatory").asString()).isEqualTo("Brunson McKinley");
        assertThat(mou.get("parties").get(1).get("partner").asString()).isEqualTo("cis");
        JsonNode all = JSON.readTree(http.get("/api/v1/agreements").body());
        assertThat(all.get("items").findValuesAsString("slug")).contains(MOU);
        assertThat(JSON.readTree(http.get("/api/v1/partners").body()).get("items").findValuesAsString("code"))
                .contains("cis", "unhcr");
        assertThat(http.get("/api/v1/partners/nobody").status()).isEqualTo(404);
    }

    @Test
    void thePagesStayLight() {
        for (String page : List.of("/en/partnerships", "/en/partners", "/en/partners?type=intergovernmental",
                "/en/partners/cis", "/ar/partners/cis", "/en/agreements/" + MOU, "/api/v1/partners",
                "/api/v1/partners/cis", "/api/v1/agreements")) {
            Response response = http.get(page);
            int bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            System.out.printf("page size: %s %d bytes%n", page, bytes);
            assertThat(bytes).as(page).isLessThan(40_000);
        }
    }

    private Response post(String path, Map<String, String> form) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("_csrf", http.csrf("/admin/partners"));
        return http.post(path, withToken);
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36).replaceAll("\\d", "").toLowerCase(java.util.Locale.ROOT);
    }
}
