package org.herald.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.support.Browser;
import org.herald.support.BrowserTest;
import org.herald.support.EditorialTests;
import org.herald.support.HeraldOnH2;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.herald.support.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Stored XSS: every payload of {@code xss/payloads.txt} is saved through every text field the
 * back office has (titles, summaries, bodies, datelines, review comments, preview recipients,
 * alt text, file names, user names, menu labels, a sign-in name that lands in the audit log),
 * then every page that shows them is opened in headless Chromium. The browser reports any
 * script that ran (alert, confirm, prompt or a flag set), any script the Content-Security-Policy
 * had to block (a sign that markup got through), and any event-handler attribute or
 * {@code javascript:} address that made it into the document.
 */
@HeraldOnH2
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = EditorialTests.CONTEXT)
class StoredXssBrowserTests {

    /** Installed in every page and frame before its own scripts: records what a payload would do. */
    private static final String DETECTOR = """
            window.__xss = [];
            ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
              window[name] = function () { window.__xss.push(name + '(' + [].join.call(arguments) + ')'); };
            });
            document.addEventListener('securitypolicyviolation', function (e) {
              if (/script|object|frame|default/.test(e.violatedDirective)) {
                window.__xss.push('blocked by CSP: ' + e.violatedDirective + ' ' + e.blockedURI);
              }
            });
            """;
    private static final String FINDINGS = """
            var done = arguments[arguments.length - 1];
            setTimeout(function () {
              var found = (window.__xss || []).slice();
              if (window.__xssRan) { found.push('window.__xssRan set'); }
              document.querySelectorAll('*').forEach(function (element) {
                Array.prototype.forEach.call(element.attributes, function (attribute) {
                  var value = attribute.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                  if (/^on/i.test(attribute.name)
                      || (/^(href|src|action|formaction|data|srcdoc|xlink:href)$/i.test(attribute.name)
                          && /^(javascript|vbscript|data:text\\/html)/.test(value))) {
                    found.push('attribute ' + element.tagName.toLowerCase() + '[' + attribute.name + ']');
                  }
                });
              });
              done(found);
            }, 250);
            """;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private List<String> payloads;
    private Http admin;
    private Browser browser;
    private final List<Long> menuEntries = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/xss/payloads.txt")) {
            payloads = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        admin = new Http(port).always("X-Forwarded-For", "198.51.100.200");
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        browser = Browser.start();
        browser.onEveryPage(DETECTOR);
        browser.driver().get(base() + "/login");
        browser.driver().findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
        browser.driver().findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
        Browser.clickThrough(browser.driver(), By.cssSelector("form button[type=submit]"));
    }

    @AfterAll
    void stop() {
        for (long entry : menuEntries) {
            admin.post("/admin/menu/" + entry + "/remove", Map.of("_csrf", admin.csrf("/admin/menu")));
        }
        jdbc.sql("DELETE FROM partner_name WHERE partner_id IN (SELECT id FROM partner WHERE code = 'xss')").update();
        jdbc.sql("DELETE FROM partner WHERE code = 'xss'").update();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPayloadRunsOnAnyPageThatShowsIt() {
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
        List<String> pages = new ArrayList<>(List.of("/admin", "/admin?status=published", "/admin/media",
                "/admin/users", "/admin/menu", "/admin/audit", "/en/", "/en/news", "/en/news?page=2", "/en/press-room",
                "/en/countries/by"));

        List<Long> articles = new ArrayList<>();
        for (String title : chunks(480)) {
            long id = article(title, chunks(200).get(articles.size() % chunks(200).size()));
            articles.add(id);
            pages.add("/admin/content/" + id);
            pages.add(publicPath(id));
        }
        long first = articles.get(0);
        admin.post("/admin/content/" + first + "/comments", Map.of("_csrf", admin.csrf("/admin/content/" + first),
                "comment", String.join("\n", payloads)));
        Map<String, Object> edit = form(first);
        edit.put("summary", String.join(" ", payloads.subList(payloads.size() / 2, payloads.size())));
        assertThat(admin.post("/admin/content/" + first, edit).status()).isEqualTo(302);
        pages.add("/admin/content/" + first + "/compare");

        long embargoed = article("Embargoed XSS holder " + UUID.randomUUID(), "Geneva");
        for (String recipient : chunks(200)) {
            Response link = admin.post("/admin/content/" + embargoed + "/previews", Map.of("_csrf",
                    admin.csrf("/admin/content/" + embargoed + "/previews"), "recipient", recipient,
                    "expiresAt", "2031-01-01T00:00"));
            pages.add(admin.follow(link).document().select("#new-link").val().replaceFirst("^https?://[^/]+", ""));
        }
        pages.add("/admin/content/" + embargoed + "/previews");
        pages.add("/admin/content/" + embargoed);

        for (String alt : chunks(1000)) {
            String csrf = admin.csrf("/admin/media");
            Response uploaded = admin.upload("/admin/media", "file", "<img src=x onerror=alert(1)>.png",
                    TestImages.png(60, 40), Map.of("_csrf", csrf, "altText", alt));
            assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
            pages.add(uploaded.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", ""));
        }

        for (String name : chunks(200)) {
            Map<String, Object> user = new HashMap<>(Map.of("username", "xss-" + UUID.randomUUID().toString().substring(0, 8),
                    "displayName", name, "role", "AUTHOR", "password", "a long and unusual passphrase"));
            user.put("_csrf", admin.csrf("/admin/users/new"));
            Response created = admin.post("/admin/users", user);
            assertThat(created.status()).as(created.mainText()).isEqualTo(302);
            pages.add(created.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", ""));
        }

        for (String label : chunks(200)) {
            long page = page("Menu holder " + UUID.randomUUID());
            String group = jdbc.sql("SELECT translation_group FROM content_item WHERE id = :id").param("id", page)
                    .query(String.class).single();
            admin.post("/admin/menu", Map.of("_csrf", admin.csrf("/admin/menu"), "pageGroup", group, "label", label,
                    "language", "en"));
            menuEntries.add(jdbc.sql("SELECT id FROM menu_item WHERE page_group = CAST(:g AS UUID)").param("g", group)
                    .query(Long.class).single());
        }

        for (String name : chunks(200)) {
            admin.post("/admin/import/rules/organizations", Map.of("_csrf", admin.csrf("/admin/import/rules"),
                    "acronym", "XSS", "name", name));
        }
        pages.add("/admin/import/rules");

        Http attacker = new Http(port).always("X-Forwarded-For", "198.51.100.201");
        for (String name : chunks(100)) {
            attacker.login(name, "wrong");
        }
        pages.add("/admin/audit?action=login-failed");
        pages.add("/admin/audit?actor=" + encode(payloads.get(0)) + "&action=" + encode(payloads.get(7)));
        pages.add("/en/news?kind=" + encode(payloads.get(2)));
        pages.add("/en/news?country=" + encode(payloads.get(7)));
        pages.add("/login?wait=" + encode(payloads.get(9)));

        List<String> findings = new ArrayList<>();
        for (String page : pages) {
            for (String finding : open(page)) {
                findings.add(page + ": " + finding);
            }
        }
        findings.addAll(mergeScreen(first));
        System.out.printf("Stored XSS: %d payloads saved through 12 kinds of text field, %d pages opened in Chromium%n",
                payloads.size(), pages.size() + 1);
        assertThat(findings).as("scripts that ran or markup that got through").isEmpty();
    }

    @Test
    void theDetectorSeesMarkupThatSlipsThrough() {
        browser.driver().get(base() + "/admin");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0]);",
                "<img src=x onerror=\"alert('slipped')\"><a href=\"javascript:alert(1)\">x</a>");
        assertThat(findings()).anyMatch(finding -> finding.startsWith("blocked by CSP: script-src"))
                .contains("attribute img[onerror]", "attribute a[href]");
    }

    /** The merge screen, reached in the browser by saving over someone else's newer save. */
    private List<String> mergeScreen(long id) {
        browser.driver().get(base() + "/admin/content/" + id);
        Map<String, Object> newer = form(id);
        newer.put("bodyMarkdown", String.join("\n\n", payloads) + "\n\nSaved meanwhile.");
        admin.post("/admin/content/" + id, newer);
        Browser.clickThrough(browser.driver(), By.cssSelector("form.editor button[value=save]"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Someone saved this item while you were editing");
        return findings().stream().map(finding -> "merge screen: " + finding).toList();
    }

    private List<String> open(String path) {
        try {
            browser.driver().get(base() + path);
            return findings();
        } catch (UnhandledAlertException alert) {
            return List.of("an alert opened: " + alert.getAlertText());
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> findings() {
        List<String> found = new ArrayList<>();
        try {
            String text = browser.driver().switchTo().alert().getText();
            browser.driver().switchTo().alert().accept();
            found.add("an alert opened: " + text);
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        found.addAll((List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(FINDINGS));
        return found;
    }

    /** A published, featured press release with payloads in every text field; its id. */
    private long article(String title, String city) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "ARTICLE", "kind", "PRESS_RELEASE", "language", "en",
                "title", title, "summary", String.join(" ", payloads), "bodyMarkdown", String.join("\n\n", payloads),
                "datelineCity", city, "countries", List.of("BY"), "featured", "true"));
        form.put("_csrf", admin.csrf("/admin/content/new"));
        Response created = admin.post("/admin/content", form);
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/admin/content/(\\d+).*", "$1"));
        if (!title.startsWith("Embargoed")) {
            assertThat(admin.post("/admin/content/" + id + "/publish", Map.of("_csrf", admin.csrf("/admin/content/" + id)))
                    .location()).endsWith("?published");
        }
        return id;
    }

    /** A published section page for a menu entry; its id. */
    private long page(String title) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "PAGE", "language", "en", "title", title,
                "layout", "STANDARD", "bodyMarkdown", "Text."));
        form.put("_csrf", admin.csrf("/admin/content/new?type=page"));
        Response created = admin.post("/admin/content", form);
        long id = Long.parseLong(created.location().replaceAll(".*/admin/content/(\\d+).*", "$1"));
        admin.post("/admin/content/" + id + "/publish", Map.of("_csrf", admin.csrf("/admin/content/" + id)));
        return id;
    }

    private Map<String, Object> form(long id) {
        org.jsoup.nodes.Element editor = admin.get("/admin/content/" + id).document().select("form.editor").first();
        Map<String, Object> form = new HashMap<>();
        for (org.jsoup.nodes.Element field : editor.select("input[name], textarea[name], select:not([disabled])[name]")) {
            if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").eachAttr("value").stream().findFirst().orElse("")
                    : field.tagName().equals("textarea") ? field.wholeText().replaceFirst("^\n", "") : field.val();
            form.putIfAbsent(field.attr("name"), value);
        }
        return form;
    }

    private String publicPath(long id) {
        return "/en/news/" + jdbc.sql("SELECT slug FROM content_item WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    /** The payloads joined by spaces into pieces of at most {@code max} characters. */
    private List<String> chunks(int max) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String payload : payloads) {
            if (!current.isEmpty() && current.length() + 1 + payload.length() > max) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(payload.length() > max ? payload.substring(0, max) : payload);
        }
        chunks.add(current.toString());
        return chunks;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
