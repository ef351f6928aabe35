package org.herald.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestUsers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where we work as readers, editors and API clients meet it, over real HTTP: the seed's Belarus
 * with its country office and membership, the profile's stated facts beside the counts from the
 * data, the map and its table, the back office's forms and their refusals, region pages, the
 * filtered country list and the API. Each test changes countries of its own, so that what it reads
 * is its own; counts are compared with what the API says, since the shared context's other tests
 * may change other countries. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class PresenceContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN_HOME = "/admin/where-we-work";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    Http http;
    Http admin;

    @BeforeAll
    void clients() {
        http = new Http(port);
        admin = new TestUsers(jdbc, passwords).signedIn(port, "ADMIN");
    }

    @Test
    void theSeedsBelarusHasACountryOfficeAndIsAMemberStateMarkedAsDemonstration() {
        Document belarus = http.get("/en/countries/by").document();
        assertThat(belarus.select(".country-presence dd").eachText())
                .containsExactly("Country office", "Member state",
                        "South-Eastern Europe, Eastern Europe and Central Asia");
        Document region = http.get("/en/regions/eastern-europe-central-asia").document();
        assertThat(region.select("main h1").text()).isEqualTo("South-Eastern Europe, Eastern Europe and Central Asia");
        assertThat(region.select(".notice").text()).contains("demonstration");
        assertThat(region.select(".presence-table tbody th").eachText()).contains("Belarus");
        assertThat(http.get("/ru/regions/eastern-europe-central-asia").document().select("main h1").text())
                .isEqualTo("Юго-Восточная Европа, Восточная Европа и Центральная Азия");
        assertThat(http.get("/en/regions/no-such-region").status()).isEqualTo(404);
    }

    @Test
    void whereWeWorkShowsTheStatedFactsWithTheCountsFromTheDataAndTheAdministratorSeesTheDifference() {
        JsonNode countries = json(http.get("/api/v1/countries"));
        long members = count(countries, c -> c.get("membership").asString().equals("member_state"));
        long present = count(countries, c -> !c.get("presence").asString().equals("none"));
        Document page = eventually("/en/where-we-work", d -> d.select(".where-facts tbody tr").size() == 2
                && d.select(".where-facts tbody tr").get(0).select("td").get(1).text().startsWith(members + " ")
                && d.select(".where-facts tbody tr").get(1).select("td").get(1).text().startsWith(present + " "));
        List<Element> rows = page.select(".where-facts tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("th").text()).isEqualTo("Member states");
        assertThat(rows.get(0).select("td").get(0).text()).isEqualTo("175 (undated)");
        assertThat(rows.get(0).select("td").get(1).text()).isEqualTo(members + " (differs)");
        assertThat(rows.get(1).select("th").text()).isEqualTo("Countries where we are present");
        assertThat(rows.get(1).select("td").get(0).text()).isEqualTo("171 (undated)");
        assertThat(rows.get(1).select("td").get(1).text()).isEqualTo(present + " (differs)");

        Document dashboard = admin.get("/admin").document();
        assertThat(dashboard.select(".waiting a[href='/admin/where-we-work#facts']").text())
                .isEqualTo("2 facts of the profile differ from the counts in the data");
        Document screen = admin.get(ADMIN_HOME).document();
        assertThat(screen.select("#facts ~ .alert.warning").text()).contains("Nothing is changed on its own");
        assertThat(screen.select(".where-facts tbody tr").get(0).text()).contains("175", members + " (differs)");
        assertThat(http.get("/en/who-we-are").mainText()).as("the stated fact is not overwritten").contains("175");
    }

    @Test
    void theMapIsAnAccessibleSvgWithAPatternPerPresenceALegendAndATable() {
        Document page = http.get("/en/where-we-work").document();
        Element svg = page.selectFirst("svg.world-map");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(svg.select("> title").text()).isEqualTo("World map of the organization’s presence");
        assertThat(svg.select("> desc").text()).contains("with a country office (solid dark blue)", "hatched");
        assertThat(svg.select("path").size()).isGreaterThan(150);
        assertThat(svg.select("path.map-country_office title").eachText()).contains("Belarus: Country office");
        assertThat(svg.select("pattern").eachAttr("id")).containsExactly("map-hatch", "map-dots");
        assertThat(page.select(".map-legend li")).hasSize(4);
        assertThat(page.select(".map-table .presence-table tbody th").eachText()).contains("Belarus");
        assertThat(page.select(".presence-map script")).as("the map needs no script").isEmpty();
    }

    @Test
    void theWhereWeWorkPageStaysLight() throws java.io.IOException {
        String body = http.get("/en/where-we-work").body();
        Element svg = org.jsoup.Jsoup.parse(body).selectFirst("svg.world-map");
        int mapBytes = svg.outerHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int pageBytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        System.out.printf("Where we work page: %,d bytes (%,d gzipped), of which the map %,d%n", pageBytes,
                zipped.size(), mapBytes);
        assertThat(pageBytes).isLessThan(120_000);
        assertThat(zipped.size()).isLessThan(30_000);
        assertThat(page(http.get("/en/where-we-work")).select(".map-legend li").eachText())
                .anyMatch(text -> text.startsWith("No presence (") && !text.equals("No presence (0)"));
    }

    @Test
    void anAdministratorRecordsACountrysPresenceAndEveryPublicPlaceShowsIt() {
        Response saved = admin.post(ADMIN_HOME + "/countries/kz", form("presence", "sub_office",
                "presenceSince", "1999-03-01", "membership", "observer", "membershipSince", "",
                "region", "eastern-europe-central-asia"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains(ADMIN_HOME);

        Document list = eventually("/en/countries?presence=sub_office", d -> d.text().contains("Kazakhstan"));
        Element row = list.select(".presence-table tbody tr").stream()
                .filter(r -> r.select("th").text().equals("Kazakhstan")).findFirst().orElseThrow();
        assertThat(row.select("td").eachText()).hasSize(3);
        assertThat(row.select("td").get(0).text()).isEqualTo("South-Eastern Europe, Eastern Europe and Central Asia");
        assertThat(row.select("td").get(1).text()).startsWith("Sub-office, since ").contains("1999");
        assertThat(row.select("td").get(2).text()).isEqualTo("Observer");
        assertThat(http.get("/en/countries?membership=observer&region=eastern-europe-central-asia").document()
                .select(".presence-table tbody th").eachText()).contains("Kazakhstan").doesNotContain("Belarus");
        assertThat(http.get("/en/where-we-work").document().select("path.map-sub_office title").eachText())
                .contains("Kazakhstan: Sub-office");
        JsonNode kz = country(json(http.get("/api/v1/countries")), "KZ");
        assertThat(kz.get("presence").asString()).isEqualTo("sub_office");
        assertThat(kz.get("presenceSince").asString()).isEqualTo("1999-03-01");
        assertThat(kz.get("membership").asString()).isEqualTo("observer");
        assertThat(kz.get("membershipSince").isNull()).isTrue();
        assertThat(kz.get("region").asString()).isEqualTo("eastern-europe-central-asia");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'country_presence.set' AND detail LIKE 'KZ:%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsSaved() {
        Map<String, String> good = form("presence", "project", "presenceSince", "2010-05-01", "membership", "none",
                "membershipSince", "", "region", "");
        assertRefused("/countries/uz", with(good, "presenceSince", "2010-13-45"), "presenceSince",
                "Write the date as year-month-day");
        assertRefused("/countries/uz", with(good, "presence", "embassy"), "presence", "Choose a presence");
        assertRefused("/countries/uz", with(good, "membership", "friend"), "membership", "Choose a membership");
        assertRefused("/countries/uz", with(good, "membershipSince", "2001-01-01"), "membershipSince",
                "only be given when there is a presence or a membership");
        assertRefused("/countries/uz", with(good, "presenceSince", "2999-01-01"), "presenceSince",
                "cannot be later than today");
        assertRefused("/countries/uz", with(good, "region", "atlantis"), "region", "There is no region");
        Response unknown = admin.post(ADMIN_HOME + "/countries/zz", with(good, "_csrf", admin.csrf(ADMIN_HOME)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.document().select(".alert.error").text()).contains("There is no country with this code");
        assertThat(admin.get(ADMIN_HOME + "/countries/zz").status()).isEqualTo(404);
        assertThat(country(json(http.get("/api/v1/countries")), "UZ").get("presence").asString()).isEqualTo("none");

        assertThat(http.get("/en/countries?presence=embassy").status()).isEqualTo(400);
        assertThat(http.get("/en/countries?region=atlantis").status()).isEqualTo(400);
        assertThat(http.get("/en/countries?membership=friend").mainText()).contains("“friend” is not a membership");
    }

    @Test
    void aRegionIsAddedWithItsOfficeAndNamesAndShownInEachLanguage() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 6);
        String minsk = jdbc.sql("SELECT id FROM office WHERE name = 'IOM Minsk'").query(Long.class).single().toString();
        Map<String, String> region = form("code", code, "name-en", "Test region " + code, "name-ar",
                "إقليم تجريبي " + code, "office", minsk, "position", "5");
        assertThat(admin.post(ADMIN_HOME + "/regions", with(region, "_csrf", admin.csrf(ADMIN_HOME))).status())
                .isEqualTo(302);
        assertThat(admin.post(ADMIN_HOME + "/countries/md", form("presence", "country_office", "presenceSince", "",
                "membership", "member_state", "membershipSince", "2001-11-27", "region", code)).status()).isEqualTo(302);

        Document arabic = eventually("/ar/regions/" + code, d -> d.text().contains("مولدوفا"));
        assertThat(arabic.select("main h1").text()).isEqualTo("إقليم تجريبي " + code);
        assertThat(arabic.select("#office-heading + p").text()).startsWith("IOM Minsk");
        Document french = http.get("/fr/regions/" + code).document();
        assertThat(french.select("main h1").text()).isEqualTo("Test region " + code);
        assertThat(french.select("main h1").attr("lang")).as("the English fallback says so").isEqualTo("en");

        JsonNode regions = json(http.get("/api/v1/regions?lang=ar")).get("items");
        JsonNode found = null;
        for (JsonNode candidate : regions) {
            found = candidate.get("code").asString().equals(code) ? candidate : found;
        }
        assertThat(found).isNotNull();
        assertThat(found.get("name").asString()).isEqualTo("إقليم تجريبي " + code);
        assertThat(found.get("office").asString()).isEqualTo("IOM Minsk");
        assertThat(found.get("officeCountry").asString()).isEqualTo("BY");
        assertThat(found.get("countries").toString()).isEqualTo("[\"MD\"]");
        assertThat(http.get("/api/v1/regions?lang=xx").status()).isEqualTo(400);

        Map<String, String> bad = form("code", "Bad Code", "name-en", "Another", "office", "", "position", "0");
        assertRegionRefused(bad, "code", "lower-case letters");
        assertRegionRefused(with(bad, "code", "new"), "code", "not “new”");
        assertRegionRefused(with(with(bad, "code", code + "-b"), "name-en", ""), "name-en", "name in English");
        assertRegionRefused(with(with(bad, "code", code + "-b"), "name-en", "Test region " + code), "name-en",
                "already has this name");
        assertRegionRefused(with(with(bad, "code", code + "-b"), "office", "999999"), "office", "Choose an office");
        assertRegionRefused(with(with(bad, "code", code + "-b"), "position", "-3"), "position", "whole number");
        assertThat(admin.get(ADMIN_HOME + "/regions/" + code + "-b").status()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoMayEditPlacesReachTheScreen() {
        Http author = new TestUsers(jdbc, passwords).signedIn(port, "AUTHOR");
        assertThat(author.get(ADMIN_HOME).status()).isEqualTo(403);
        Http editor = new TestUsers(jdbc, passwords).signedIn(port, "EDITOR");
        assertThat(editor.get(ADMIN_HOME).status()).isEqualTo(200);
        assertThat(editor.get("/admin").document().select("nav a[href='/admin/where-we-work']")).hasSize(1);
        assertThat(author.get("/admin").document().select("nav a[href='/admin/where-we-work']")).isEmpty();
    }

    private void assertRefused(String path, Map<String, String> fields, String field, String message) {
        Response response = admin.post(ADMIN_HOME + path, with(fields, "_csrf", admin.csrf(ADMIN_HOME + path)));
        assertThat(response.status()).as(field).isEqualTo(400);
        Document page = response.document();
        assertThat(page.select("#" + field + "-error").text()).as(field).contains(message);
        assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
    }

    private void assertRegionRefused(Map<String, String> fields, String field, String message) {
        Response response = admin.post(ADMIN_HOME + "/regions", with(fields, "_csrf", admin.csrf(ADMIN_HOME)));
        assertThat(response.status()).as(field).isEqualTo(400);
        assertThat(response.document().select("#" + field + "-error").text()).as(field).contains(message);
    }

    private Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        form.put("_csrf", admin.csrf(ADMIN_HOME));
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    /** The page once it passes the check (public pages follow the change log), or after 10 s. */
    private Document eventually(String path, Predicate<Document> check) {
        long deadline = System.currentTimeMillis() + 10_000;
        Document page = http.get(path).document();
        while (!check.test(page) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            page = http.get(path).document();
        }
        return page;
    }

    private static long count(JsonNode countries, Predicate<JsonNode> test) {
        long count = 0;
        for (JsonNode country : countries.get("items")) {
            count += test.test(country) ? 1 : 0;
        }
        return count;
    }

    private static JsonNode country(JsonNode countries, String code) {
        for (JsonNode country : countries.get("items")) {
            if (country.get("code").asString().equals(code)) {
                return country;
            }
        }
        throw new AssertionError("no country " + code);
    }

    private static Document page(Response response) {
        return response.document();
    }

    static JsonNode json(Response response) {
        return JSON.readTree(response.body());
    }
}
