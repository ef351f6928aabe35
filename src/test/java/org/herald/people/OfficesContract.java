package org.herald.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
 * Offices as the back office edits them and readers find them: address, position, switchboard in
 * E.164, e-mail and opening hours on the country page and in the API; coordinates out of range,
 * one coordinate alone, a number that cannot be dialled and a malformed address refused beside
 * their field, with nothing saved. Each test adds an office of its own, in Georgia, so that no
 * other test's office changes under it. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class OfficesContract {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired Directory directory;
    Http http;
    Http admin;

    @BeforeAll
    void clients() {
        http = new Http(port);
        admin = new TestUsers(jdbc, passwords).signedIn(port, "ADMIN");
    }

    @Test
    void anOfficesDetailsAreSavedAndShownOnItsCountryPageAndInTheApi() {
        Office office = freshOffice();
        Response saved = admin.post("/admin/offices/" + office.id(), form("address", "12 Rustaveli Avenue, Tbilisi",
                "latitude", "41.7", "longitude", "44.79", "phone", "+995 32 225 22 16", "email", "Tbilisi@Example.org",
                "openingHours", "Monday to Friday, 9:00–18:00"));
        assertThat(saved.status()).isEqualTo(302);
        Document georgia = eventually("/en/countries/ge", office.name() + " (Tbilisi)");
        Element item = georgia.select("#offices-heading + ul li").stream()
                .filter(li -> li.ownText().startsWith(office.name())).findFirst().orElseThrow();
        assertThat(item.select(".office-address").text()).isEqualTo("12 Rustaveli Avenue, Tbilisi");
        assertThat(item.select("a[href^=tel:]").attr("href")).isEqualTo("tel:+99532225221" + "6");
        assertThat(item.select("a[href^=mailto:]").attr("href")).isEqualTo("mailto:tbilisi@example.org");
        assertThat(item.text()).contains("Monday to Friday, 9:00–18:00");
        assertThat(item.select(".office-position").text()).contains("41.7", "44.79");

        JsonNode api = JSON.readTree(http.get("/api/v1/countries/ge").body());
        JsonNode found = null;
        for (JsonNode candidate : api.get("offices")) {
            found = candidate.get("name").asString().equals(office.name()) ? candidate : found;
        }
        assertThat(found).isNotNull();
        assertThat(found.get("phone").asString()).isEqualTo("+995322252216");
        assertThat(found.get("latitude").asDouble()).isEqualTo(41.7);
        assertThat(found.get("openingHours").asString()).isEqualTo("Monday to Friday, 9:00–18:00");
        assertThat(admin.get("/admin/offices").document().select("#office-" + office.id()).text())
                .contains("12 Rustaveli Avenue");
    }

    @Test
    void badDetailsAreRefusedBesideTheirFieldAndNothingIsSaved() {
        Office office = freshOffice();
        Map<String, String> good = form("address", "", "latitude", "41.7", "longitude", "44.79", "phone", "",
                "email", "", "openingHours", "");
        assertRefused(office, with(good, "latitude", "91"), "latitude", "from -90 to 90");
        assertRefused(office, with(good, "latitude", "-90.5"), "latitude", "from -90 to 90");
        assertRefused(office, with(good, "longitude", "180.01"), "longitude", "from -180 to 180");
        assertRefused(office, with(good, "longitude", "east"), "longitude", "from -180 to 180");
        assertRefused(office, with(good, "longitude", "NaN"), "longitude", "from -180 to 180");
        assertRefused(office, with(good, "longitude", ""), "longitude", "or neither");
        assertRefused(office, with(good, "phone", "12"), "phone", "with its country code");
        assertRefused(office, with(good, "email", "not-an-address"), "email", "e-mail address");
        assertRefused(office, with(good, "openingHours", "x".repeat(501)), "openingHours", "500 characters");
        assertThat(directory.office(office.id()).orElseThrow().latitude()).isNull();
        assertThat(admin.get("/admin/offices/999999").status()).isEqualTo(404);
        assertThat(admin.post("/admin/offices/999999", good).status()).isEqualTo(404);
        Http author = new TestUsers(jdbc, passwords).signedIn(port, "AUTHOR");
        assertThat(author.get("/admin/offices").status()).isEqualTo(403);
    }

    private Office freshOffice() {
        return directory.findOrCreateOffice("Test office " + UUID.randomUUID().toString().substring(0, 6), "Tbilisi",
                "GE");
    }

    private void assertRefused(Office office, Map<String, String> fields, String field, String message) {
        Response response = admin.post("/admin/offices/" + office.id(), fields);
        assertThat(response.status()).as(field).isEqualTo(400);
        Document page = response.document();
        assertThat(page.select("#" + field + "-error").text()).as(field).contains(message);
        assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(page.select("#" + field).is("textarea") ? page.select("#" + field).text()
                : page.select("#" + field).attr("value")).as("what was typed is kept").isEqualTo(fields.get(field));
    }

    private Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        form.put("_csrf", admin.csrf("/admin/offices"));
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    private Document eventually(String path, String text) {
        long deadline = System.currentTimeMillis() + 10_000;
        Document page = http.get(path).document();
        while (!page.text().contains(text) && System.currentTimeMillis() < deadline) {
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
}
