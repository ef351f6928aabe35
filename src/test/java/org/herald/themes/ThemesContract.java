package org.herald.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.ApproveContent;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.SchedulePublication;
import org.herald.content.SubmitForReview;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What We Do as readers, editors and API clients meet it, over real HTTP: the section page with
 * the themes named and counted, a page per theme with what is published on it (never a draft or
 * an embargoed item) and its countries, theme names in the search facets, the themes screen and
 * its refusals, the import rules refusing a code that is no theme's, and the API, in every
 * language. Each test that counts or renames makes its own theme. Run on H2 and on PostgreSQL by
 * the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class ThemesContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Actor EDITOR = Actor.system("themes-test");
    /** The first theme's name in each language, as the section page must show it. */
    private static final Map<Language, String> MIGRATION_MANAGEMENT = Map.of(Language.EN, "Migration management",
            Language.FR, "Gestion des migrations", Language.ES, "Gestión de la migración", Language.RU,
            "Управление миграцией", Language.AR, "إدارة الهجرة", Language.ZH, "移民管理");

    @LocalServerPort int port;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired SubmitForReview submit;
    @Autowired ApproveContent approve;
    @Autowired SchedulePublication schedule;
    @Autowired Themes themes;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSectionPageListsTheThemesByNameWithTheirDescriptionsAndCounts() {
        Response section = http.get("/en/what-we-do");
        assertThat(section.status()).isEqualTo(200);
        Document page = section.document();
        assertThat(page.select("main h1").text()).isEqualTo("What We Do");
        List<String> names = page.select(".theme-list .theme-name").eachText();
        assertThat(names).startsWith("Migration management", "Labour migration", "Counter-trafficking",
                "Emergencies", "Migration health", "Regional cooperation");
        assertThat(names).doesNotContain("migration-management");
        assertThat(page.select(".theme-list a").first().attr("href")).isEqualTo("/en/what-we-do/migration-management");
        assertThat(page.select(".theme-list li").first().text()).contains("orderly, safe and regular");

        Response seedPage = http.get("/en/what-we-do/migration-management");
        Document seedTheme = seedPage.document();
        assertThat(seedTheme.select("main .cards a").eachText())
                .as("the seed's release, tagged by the import's rules: %s %s", seedPage.status(), seedPage.mainText())
                .contains("IOM to Sign MoU with Commonwealth of Independent States");
        assertThat(seedTheme.select("section[aria-labelledby=theme-countries-heading] a").eachText())
                .contains("Belarus");

        String code = newTheme("Cash transfers");
        assertThat(count(code)).isEqualTo("nothing published yet");
        publish.publish(EDITOR, create("Cash for displaced families " + suffix(), code, "UA"));
        assertThat(count(code)).as("the page cache let the section go").isEqualTo("1 item");
        create("Draft on cash " + suffix(), code, "UA");
        assertThat(count(code)).as("a draft is not counted").isEqualTo("1 item");
    }

    @Test
    void aThemePageShowsWhatIsPublishedOnItAndItsCountriesNeverADraftOrAnEmbargoedItem() {
        String code = newTheme("Climate mobility");
        String published = "Published on climate mobility " + suffix();
        String page = "A page on climate mobility " + suffix();
        String draft = "Draft on climate mobility " + suffix();
        String embargoed = "Embargoed on climate mobility " + suffix();
        publish.publish(EDITOR, create(published, code, "KG"));
        publish.publish(EDITOR, save.create(EDITOR, new ContentDraft(ContentType.PAGE, null, Language.EN, page,
                "themes-" + suffix(), "A summary.", "Some text.", null, false, null, null, null, PageLayout.STANDARD,
                false, List.of("MN"), List.of()).withTags(List.of(code), List.of()), null));
        create(draft, code, "TV");
        long scheduled = create(embargoed, code, "NR");
        submit.submit(EDITOR, scheduled, null);
        approve.approve(EDITOR, scheduled, null);
        schedule.schedule(EDITOR, scheduled, Instant.parse("2040-01-01T00:00:00Z"), null);

        Response theme = http.get("/en/what-we-do/" + code);
        assertThat(theme.status()).isEqualTo(200);
        Document document = theme.document();
        assertThat(document.select("main h1").text()).isEqualTo("Climate mobility");
        assertThat(document.select("main .lead").text()).isEqualTo("What we do on climate mobility.");
        assertThat(document.select("nav.breadcrumbs a").eachText())
                .containsExactly("Home", "What We Do", "Climate mobility");
        assertThat(document.select("section[aria-labelledby=theme-news-heading]").text()).contains(published)
                .doesNotContain(page);
        assertThat(document.select("section[aria-labelledby=theme-pages-heading]").text()).contains(page);
        assertThat(document.select("section[aria-labelledby=theme-countries-heading] a").eachText())
                .containsExactly("Kyrgyzstan", "Mongolia");
        assertThat(themes.ofCountry("KG", Language.EN)).extracting(Theme::code).contains(code);
        assertThat(themes.ofCountry("TV", Language.EN)).as("a draft's country").extracting(Theme::code)
                .doesNotContain(code);
        assertThat(theme.mainText()).doesNotContain(draft).doesNotContain(embargoed).doesNotContain("Tuvalu")
                .doesNotContain("Nauru");
        for (String path : List.of("/api/v1/themes/" + code, "/api/v1/themes")) {
            assertThat(http.get(path).body()).as(path).doesNotContain(draft).doesNotContain(embargoed)
                    .doesNotContain("Tuvalu");
        }
        for (String unknown : List.of("/en/what-we-do/no-such-theme", "/en/what-we-do/Climate%20mobility",
                "/en/what-we-do/" + code.toUpperCase(java.util.Locale.ROOT), "/xx/what-we-do/" + code)) {
            Response missing = http.get(unknown);
            assertThat(missing.status()).as(unknown).isEqualTo(404);
            assertThat(missing.header("Content-Type")).as(unknown).startsWith("text/html");
        }
    }

    @Test
    void theSearchFacetNamesTheThemeInTheReadersLanguage() throws InterruptedException {
        String word = "zq" + suffix().replaceAll("\\d", "x");
        publish.publish(EDITOR, create("Trafficking survivors " + word, "counter-trafficking", "MD"));
        assertThat(facets("/en/search?q=" + word, "Counter-trafficking"))
                .anyMatch(label -> label.startsWith("Counter-trafficking"))
                .noneMatch(label -> label.startsWith("counter-trafficking"));
        assertThat(facets("/fr/search?q=" + word, "Lutte contre la traite"))
                .anyMatch(label -> label.startsWith("Lutte contre la traite"));
        assertThat(facets("/ar/search?q=" + word, "مكافحة الاتجار بالبشر"))
                .anyMatch(label -> label.startsWith("مكافحة الاتجار بالبشر"));

        String code = newTheme("Diaspora bonds");
        publish.publish(EDITOR, create("Bonds of the diaspora " + word, code, "AM"));
        assertThat(facets("/en/search?q=" + word, "Diaspora bonds")).anyMatch(label -> label.startsWith("Diaspora bonds"));
        rename(code, Map.of("name-en", "Diaspora investment"));
        assertThat(facets("/en/search?q=" + word, "Diaspora investment")).as("renamed: the cached answer let go")
                .anyMatch(label -> label.startsWith("Diaspora investment"))
                .noneMatch(label -> label.startsWith("Diaspora bonds"));
    }

    @Test
    void anEditorCreatesRenamesDescribesAndOrdersThemes() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Document list = http.get("/admin/themes").document();
        assertThat(list.select("#themes td a").eachText()).startsWith("Migration management", "Labour migration");
        assertThat(list.select("a[href^=/admin/import/rules]")).as("the import's theme rules, linked").hasSize(1);

        String code = "return-" + suffix();
        Response created = post("/admin/themes", Map.of("code", code, "name-en", "Return and reintegration",
                "description-en", "Helping migrants who go home.", "name-fr", "Retour et réintégration"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/admin/themes/" + code + "?created");
        assertThat(http.get("/fr/what-we-do/" + code).document().select("main h1").text())
                .isEqualTo("Retour et réintégration");
        Document spanish = http.get("/es/what-we-do/" + code).document();
        assertThat(spanish.select("main h1").text()).as("no Spanish name: the default language's")
                .isEqualTo("Return and reintegration");
        assertThat(spanish.select("main h1").attr("lang")).isEqualTo("en");
        assertThat(http.get("/en/what-we-do").document().select(".theme-list .theme-name").eachText())
                .last().isEqualTo("Return and reintegration");

        Response renamed = post("/admin/themes/" + code, Map.of("name-en", "Return", "description-en",
                "Helping migrants home.", "name-es", "Retorno"));
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(http.get("/es/what-we-do/" + code).document().select("main h1").text()).isEqualTo("Retorno");
        assertThat(http.get("/fr/what-we-do/" + code).document().select("main h1").text())
                .as("left blank: the French name is gone").isEqualTo("Return");
        assertThat(http.get("/admin/themes/" + code).document().select("#name-es").val()).isEqualTo("Retorno");

        List<String> before = sectionNames();
        int at = before.indexOf("Return");
        assertThat(post("/admin/themes/" + code + "/move", Map.of("direction", "up")).status()).isEqualTo(302);
        assertThat(sectionNames().indexOf("Return")).isEqualTo(at - 1);
        assertThat(post("/admin/themes/" + code + "/move", Map.of("direction", "down")).status()).isEqualTo(302);
        assertThat(sectionNames()).isEqualTo(before);

        assertThat(http.get("/admin/themes/emergencies").document().select(".help").text())
                .as("the demo's texts say who wrote them").contains("Herald team");
    }

    @Test
    void aDuplicateCodeOrNameOrAMissingNameIsRefusedBesideItsFieldAndNothingIsSaved() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        int themes = sectionNames().size();
        Response taken = post("/admin/themes", Map.of("code", "Emergencies", "name-en", "Crises " + suffix()));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.document().select("#code-error").text()).isEqualTo("A theme already has this code.");
        assertThat(taken.document().select("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(taken.document().select("#name-en").val()).as("what was typed is kept").startsWith("Crises ");

        Response sameName = post("/admin/themes", Map.of("code", "work-" + suffix(), "name-en", " labour MIGRATION ",
                "name-ru", "Трудовая миграция"));
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.document().select("#name-en-error").text())
                .isEqualTo("Another theme already has this name in this language.");
        assertThat(sameName.document().select("#name-ru-error").text())
                .isEqualTo("Another theme already has this name in this language.");

        Response noName = post("/admin/themes", Map.of("code", "nameless-" + suffix(), "description-fr", "Sans nom."));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.document().select("#name-en-error").text()).startsWith("Give a name in this language");
        assertThat(noName.document().select("#name-fr-error").text()).startsWith("Give a name in this language");
        for (String code : List.of("", "Health & Care", "x".repeat(81), "-dash")) {
            assertThat(post("/admin/themes", Map.of("code", code, "name-en", "Something " + suffix())).status())
                    .as("code '" + code + "'").isEqualTo(400);
        }
        assertThat(post("/admin/themes", Map.of("code", "long-" + suffix(), "name-en", "n".repeat(201))).status())
                .isEqualTo(400);

        String code = newTheme("Integration " + suffix());
        Response renamedOnto = post("/admin/themes/" + code, Map.of("name-en", "Emergencies"));
        assertThat(renamedOnto.status()).isEqualTo(400);
        assertThat(renamedOnto.document().select("#name-en-error").text())
                .isEqualTo("Another theme already has this name in this language.");
        assertThat(post("/admin/themes/" + code, Map.of("name-en", "")).status()).isEqualTo(400);
        assertThat(post("/admin/themes/" + code + "/move", Map.of("direction", "sideways")).status()).isEqualTo(400);
        assertThat(post("/admin/themes/" + code + "/move", Map.of()).status()).isEqualTo(400);
        assertThat(http.get("/admin/themes/no-such-theme").status()).isEqualTo(404);
        assertThat(post("/admin/themes/no-such-theme", Map.of("name-en", "Nothing")).status()).isEqualTo(404);
        assertThat(post("/admin/themes/no-such-theme/move", Map.of("direction", "up")).status()).isEqualTo(404);
        assertThat(sectionNames()).hasSize(themes + 1);
    }

    @Test
    void anImportRuleNamingAThemeThatDoesNotExistIsRefused() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Map<String, String> rule = new HashMap<>(Map.of("theme", "no-such-theme-" + suffix(), "keyword", "remittance"));
        rule.put("_csrf", http.csrf("/admin/import/rules"));
        Response refused = http.post("/admin/import/rules/themes", rule);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#theme-error").text())
                .isEqualTo("No theme has this code: add the theme under Themes first, then its keywords here.");
        rule.put("theme", "Migration-Health");
        rule.put("keyword", "clinic " + suffix());
        assertThat(http.post("/admin/import/rules/themes", rule).status()).as("a theme's code, as typed")
                .isEqualTo(302);
    }

    @Test
    void theApiListsTheThemesAndEachWithItsItemsAndCountries() {
        String code = newTheme("Remittances");
        publish.publish(EDITOR, create("Remittances home " + suffix(), code, "TJ"));
        JsonNode list = json(http.get("/api/v1/themes"));
        JsonNode first = list.get("items").get(0);
        assertThat(first.get("code").asString()).isEqualTo("migration-management");
        assertThat(first.get("name").asString()).isEqualTo("Migration management");
        assertThat(first.get("path").asString()).isEqualTo("/en/what-we-do/migration-management");
        assertThat(first.get("apiPath").asString()).isEqualTo("/api/v1/themes/migration-management?lang=en");
        assertThat(json(http.get("/api/v1/themes?lang=ar")).get("items").get(0).get("name").asString())
                .isEqualTo("إدارة الهجرة");

        JsonNode theme = json(http.get("/api/v1/themes/" + code + "?lang=fr"));
        assertThat(theme.get("name").asString()).isEqualTo("Remittances");
        assertThat(theme.get("nameLanguage").asString()).as("no French name yet").isEqualTo("en");
        assertThat(theme.get("count").asInt()).isEqualTo(1);
        assertThat(theme.get("countries").get(0).get("code").asString()).isEqualTo("TJ");
        assertThat(theme.get("countries").get(0).get("name").asString()).isEqualTo("Tadjikistan");
        assertThat(theme.get("latestItems").get(0).get("apiPath").asString()).startsWith("/api/v1/articles/en/");
        assertThat(json(http.get("/api/v1/themes/" + code + "?fields=name")).propertyNames()).containsExactly("name");

        assertThat(http.get("/api/v1/themes/no-such-theme").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/themes?lang=xx").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/themes?theme=1").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/themes/" + code + "?limit=1000").status()).isEqualTo(400);
    }

    @Test
    void everyLanguageRendersTheThemesArabicRightToLeft() {
        for (Language language : Language.values()) {
            Document section = http.get("/" + language.code() + "/what-we-do").document();
            assertThat(section.select("html").attr("lang")).isEqualTo(language.code());
            assertThat(section.select("html").attr("dir")).isEqualTo(language == Language.AR ? "rtl" : "ltr");
            assertThat(section.select(".theme-list .theme-name").first().text())
                    .isEqualTo(MIGRATION_MANAGEMENT.get(language));
            Response theme = http.get("/" + language.code() + "/what-we-do/migration-management");
            assertThat(theme.status()).as(language.code()).isEqualTo(200);
            assertThat(theme.document().select("main h1").text()).isEqualTo(MIGRATION_MANAGEMENT.get(language));
            assertThat(theme.document().select("main h1").attr("lang")).as("named in its own language").isEmpty();
        }
        assertThat(http.get("/ar/what-we-do/emergencies").document().select("main .lead").text())
                .contains("النزاعات والكوارث");
    }

    /** A theme of this name, made on the themes screen; its code is new each time. */
    private String newTheme(String name) {
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String code = "t-" + suffix();
        Map<String, String> form = new HashMap<>(Map.of("code", code, "name-en", name, "description-en",
                "What we do on " + name.toLowerCase(java.util.Locale.ROOT) + "."));
        form.put("_csrf", admin.csrf("/admin/themes"));
        assertThat(admin.post("/admin/themes", form).status()).isEqualTo(302);
        return code;
    }

    private void rename(String code, Map<String, String> names) {
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Map<String, String> form = new HashMap<>(names);
        form.put("_csrf", admin.csrf("/admin/themes/" + code));
        assertThat(admin.post("/admin/themes/" + code, form).status()).isEqualTo(302);
    }

    private Response post(String path, Map<String, String> form) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("_csrf", http.csrf("/admin/themes"));
        return http.post(path, withToken);
    }

    private List<String> sectionNames() {
        return http.get("/en/what-we-do").document().select(".theme-list .theme-name").eachText();
    }

    private String count(String code) {
        return http.get("/en/what-we-do").document().select(".theme-list li").stream()
                .filter(li -> li.select("a").attr("href").endsWith("/" + code)).findFirst().orElseThrow()
                .select(".count").text();
    }

    /** A draft article on the theme, about the country. */
    private long create(String title, String theme, String country) {
        ContentDraft draft = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, title,
                "themes-" + suffix(), "A summary.", "Some text.", null, true, null, null, null, PageLayout.STANDARD,
                false, List.of(country), List.of()).withTags(List.of(theme), List.of());
        return save.create(EDITOR, draft, null);
    }

    /** The search page's facet labels once one starts with {@code expected} (the index follows the change log), or after 20 s. */
    private List<String> facets(String path, String expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            Response response = http.get(path);
            List<String> labels = response.status() == 200 ? response.document().select(".facets a").eachText()
                    : List.of();
            if (labels.stream().anyMatch(label -> label.startsWith(expected)) || System.currentTimeMillis() > deadline) {
                return labels;
            }
            Thread.sleep(200);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    static JsonNode json(Response response) {
        return JSON.readTree(response.body());
    }
}
