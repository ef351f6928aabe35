package org.herald.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.herald.support.TestUsers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first back office over real HTTP: signing in, writing and publishing an article and a
 * page through the forms, editing the menu. Run on H2 and on PostgreSQL.
 */
abstract class BackOfficeContract {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theBackOfficeNeedsASignedInUser() {
        assertThat(http.get("/admin").location()).endsWith("/login");
        assertThat(http.get("/admin/menu").location()).endsWith("/login");
        Response wrong = http.login(TestAdmin.USERNAME, "not-the-password");
        assertThat(wrong.location()).endsWith("/login?error");
        assertThat(http.get("/login?error").mainText()).contains("The username or password is not right.");
        assertThat(http.get("/admin").location()).endsWith("/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'login-failed'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void theAdministratorsPasswordIsStoredAsAnArgon2Hash() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", TestAdmin.USERNAME)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestAdmin.PASSWORD);
    }

    @Test
    void signingInChangesTheSessionAndShowsTheContent() {
        http.get("/login");
        String before = sessionCookie();
        Response login = http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        assertThat(login.location()).endsWith("/admin");
        assertThat(sessionCookie()).as("session fixation protection").isNotEqualTo(before);
        Response admin = http.get("/admin");
        assertThat(admin.header("Cache-Control")).contains("no-store");
        Document dashboard = admin.document();
        assertThat(dashboard.select("table.list a").eachText())
                .contains("IOM to Sign MoU with Commonwealth of Independent States", "Who we are");
    }

    @Test
    void theDashboardShowsWhatWaitsForTheReaderAndTheNavigationTheirRoleAllows() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String slug = "waiting-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = articleForm(slug);
        form.put("title", "Waiting " + slug);
        form.put("_csrf", http.csrf("/admin/content/new?type=article"));
        String editor = http.post("/admin/content", form).location().replaceFirst("^https?://[^/]+", "")
                .replace("?saved", "");
        assertThat(http.post(editor + "/submit", Map.of("_csrf", http.csrf(editor))).status()).isEqualTo(302);
        long inReview = jdbc.sql("SELECT COUNT(*) FROM content_item WHERE status = 'IN_REVIEW'").query(Long.class)
                .single();

        Document dashboard = http.get("/admin").document();
        assertThat(dashboard.select("section.waiting a[href='/admin?status=in-review']").text())
                .isEqualTo(inReview == 1 ? "1 item waits for review" : inReview + " items wait for review");
        assertThat(http.get("/admin?status=in-review").document().select("table.list a").eachText())
                .contains("Waiting " + slug);
        assertThat(dashboard.select("header nav a").eachAttr("href")).containsSubsequence("/admin",
                "/admin/content/new?type=article", "/admin/media", "/admin/menu", "/admin/import", "/admin/users",
                "/admin/audit", "/admin/account", "/admin/translations");

        Document translators = new TestUsers(jdbc, passwords).signedIn(port, "TRANSLATOR").get("/admin").document();
        assertThat(translators.select("header nav a").eachAttr("href")).contains("/admin/translations")
                .doesNotContain("/admin/users", "/admin/menu", "/admin/content/new?type=article");
        assertThat(translators.select("section.waiting a[href='/admin?status=in-review']"))
                .as("a translator does not review").isEmpty();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        long before = jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single();
        Response forged = http.post("/admin/content", Map.of("type", "ARTICLE", "kind", "NEWS", "language", "en",
                "title", "Forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anEditorWritesAndPublishesAPressReleaseWithCountriesAndAContact() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String slug = "geneva-" + UUID.randomUUID().toString().substring(0, 8);
        long contact = jdbc.sql("SELECT id FROM contact WHERE name = 'Galina Desyatova'").query(Long.class).single();
        Map<String, Object> form = articleForm(slug);
        form.put("countries", List.of("CH", "BY"));
        form.put("contacts", List.of(contact));
        form.put("releaseDate", "2019-05-22");
        form.put("datelineCity", "Geneva");
        form.put("datelineCountry", "CH");
        form.put("_csrf", http.csrf("/admin/content/new?type=article"));
        Response created = http.post("/admin/content", form);
        assertThat(created.status()).isEqualTo(302);
        String editor = created.location().replaceFirst("^https?://[^/]+", "").replace("?saved", "");

        assertThat(http.get("/en/news/" + slug).status()).as("not public before publishing").isEqualTo(404);
        Response published = http.post(editor + "/publish", Map.of("_csrf", http.csrf(editor)));
        assertThat(published.location()).endsWith("?published");

        Document article = http.get("/en/news/" + slug).document();
        assertThat(article.select("main h1").text()).isEqualTo("Migrants in Geneva");
        assertThat(article.select("article time").attr("datetime")).isEqualTo("2019-05-22");
        assertThat(article.select("article time").text()).isEqualTo("May 22, 2019");
        assertThat(article.select(".dateline").text()).isEqualTo("Geneva, Switzerland —");
        assertThat(article.select(".body h2").text()).isEqualTo("Background");
        assertThat(article.select(".body script")).isEmpty();
        assertThat(article.select(".article-countries a").eachText()).containsExactly("Belarus", "Switzerland");
        assertThat(article.select(".contact a[href^=tel:]").attr("href")).isEqualTo("tel:+375172882742");
        assertThat(http.get("/en/news?year=2019").document().select("main h2 a").eachAttr("href"))
                .contains("/en/news/" + slug);
    }

    @Test
    void invalidFormsComeBackWithTheReasonNextToTheField() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Map<String, Object> form = articleForm("Bad Slug!");
        form.put("title", "");
        form.put("releaseDate", "22/05/2019");
        form.put("_csrf", http.csrf("/admin/content/new?type=article"));
        Response refused = http.post("/admin/content", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#releaseDate-error").text()).isEqualTo("Use a date in the form 2019-05-22.");
        assertThat(refused.document().select("#releaseDate").val()).isEqualTo("22/05/2019");
    }

    @Test
    void anEditorAddsAPageToASectionAndEditsTheMenu() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String ourWork = jdbc.sql("SELECT translation_group FROM content_item WHERE title = 'Our Work'")
                .query(UUID.class).single().toString();
        String slug = "migration-health-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = new HashMap<>(Map.of("type", "PAGE", "language", "en", "title", "Migration health",
                "slug", slug, "bodyMarkdown", "We work on **health**.", "layout", "STANDARD", "parentGroup", ourWork));
        form.put("_csrf", http.csrf("/admin/content/new?type=page"));
        Response created = http.post("/admin/content", form);
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        String editor = created.location().replaceFirst("^https?://[^/]+", "")
                .replace("?saved", "");
        http.post(editor + "/publish", Map.of("_csrf", http.csrf(editor)));
        assertThat(http.get("/en/" + slug).document().select(".body strong").text()).isEqualTo("health");
        assertThat(http.get("/en/our-work").document().select("#children-heading + ul a").eachAttr("href"))
                .contains("/en/" + slug);

        long partnerships = jdbc.sql("SELECT menu_item_id FROM menu_item_label WHERE label = 'Partnerships'")
                .query(Long.class).single();
        String csrf = http.csrf("/admin/menu");
        http.post("/admin/menu/" + partnerships + "/label", Map.of("_csrf", csrf, "language", "en", "label", "Partners"));
        http.post("/admin/menu/" + partnerships + "/move", Map.of("_csrf", csrf, "direction", "up"));
        List<String> menu = http.get("/en/").document().select("nav.main-nav > ul > li > a").eachText();
        assertThat(menu.subList(0, 4)).containsExactly("Who we are", "Our Work", "Partners", "What We Do");

        http.post("/admin/menu/" + partnerships + "/move", Map.of("_csrf", csrf, "direction", "down"));
        http.post("/admin/menu/" + partnerships + "/label", Map.of("_csrf", csrf, "language", "en", "label", "Partnerships"));
        assertThat(http.get("/en/").document().select("nav.main-nav > ul > li > a").eachText().subList(0, 4))
                .containsExactly("Who we are", "Our Work", "What We Do", "Partnerships");
        Response empty = http.post("/admin/menu/" + partnerships + "/label", Map.of("_csrf", csrf, "language", "en",
                "label", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.mainText()).contains("A label of 1 to 200 characters is needed.");
    }

    private Map<String, Object> articleForm(String slug) {
        Map<String, Object> form = new HashMap<>();
        form.put("type", "ARTICLE");
        form.put("kind", "PRESS_RELEASE");
        form.put("language", "en");
        form.put("title", "Migrants in Geneva");
        form.put("slug", slug);
        form.put("summary", "A summary.");
        form.put("bodyMarkdown", "First paragraph.\n\n## Background\n\nMore <script>alert(1)</script> text.");
        return form;
    }

    private String sessionCookie() {
        return http.cookie("SESSION");
    }
}
