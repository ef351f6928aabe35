package org.herald.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.NotPermittedException;
import org.herald.accounts.Role;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.TranslateContent;
import org.herald.content.TranslationLine;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site and the back office in the six languages, rendered over real HTTP: no missing key
 * and no English left in the interface; translations, their fallback and their outdated flag.
 * Run on H2 and on PostgreSQL.
 */
abstract class MultilingualContract {

    static final String RELEASE = "/news/iom-to-sign-mou-with-commonwealth-of-independent-states";
    static final Actor EDITOR = new Actor(null, "test-editor", Role.EDITOR, "127.0.0.1");
    static final Actor TRANSLATOR = new Actor(null, "test-translator", Role.TRANSLATOR, "127.0.0.1");

    private static Properties english;
    private static List<String> keys;

    @LocalServerPort int port;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired TranslateContent translate;
    @Autowired EditorialContent editorial;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void readEnglish() throws IOException {
        english = new Properties();
        try (InputStream in = MultilingualContract.class.getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        keys = new ArrayList<>(english.stringPropertyNames());
    }

    @Test
    void everyPublicPageTypeRendersInEveryLanguageWithNoEnglishLeftInTheInterface() {
        Http http = new Http(port);
        List<String> pages = List.of("/", "/news", "/news?kind=press-release&country=by", RELEASE, "/press-room",
                "/countries", "/countries/by", "/who-we-are", "/where-we-work", "/highlights", "/our-work",
                "/2030-agenda", "/2030-agenda/goal-10", "/what-we-do", "/what-we-do/migration-management",
                "/regions/eastern-europe-central-asia", "/countries?presence=country_office&membership=member_state",
                "/figures", "/figures?country=by",
                "/partnerships", "/partners", "/partners?type=intergovernmental", "/partners/cis",
                "/agreements/cis-memorandum-of-understanding");
        for (Language language : Language.values()) {
            for (String page : pages) {
                Response response = http.follow(http.get("/" + language.code() + page));
                assertThat(response.status()).as(language + page).isEqualTo(200);
                checkInterface(response.document(), language, language + page);
            }
            Response missing = http.get("/" + language.code() + "/no-such-page");
            assertThat(missing.status()).isEqualTo(404);
            checkInterface(missing.document(), language, language + " 404");
            Response bad = http.get("/" + language.code() + "/news?page=-1");
            assertThat(bad.status()).isEqualTo(400);
            checkInterface(bad.document(), language, language + " 400");
        }
    }

    @Test
    void everyBackOfficeScreenRendersInEveryLanguage() {
        long release = jdbc.sql("SELECT id FROM content_item WHERE slug = :slug").param("slug", RELEASE.substring(6))
                .query(Long.class).single();
        long french = jdbc.sql("SELECT id FROM content_item WHERE source_item_id = :id AND language = 'fr'")
                .param("id", release).query(Long.class).single();
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = :name").param("name", TestAdmin.USERNAME)
                .query(Long.class).single();
        List<String> screens = List.of("/admin", "/admin?type=page", "/admin/content/new?type=article",
                "/admin/content/new?type=page", "/admin/content/" + release, "/admin/content/" + french, "/admin/menu",
                "/admin/translations", "/admin/content/" + release + "/translate?to=es",
                "/admin/content/" + release + "/compare", "/admin/content/" + release + "/previews", "/admin/media",
                "/admin/audit", "/admin/users", "/admin/users/new", "/admin/users/" + adminId, "/admin/account",
                "/admin/import", "/admin/import/review", "/admin/import/rules", "/admin/partners", "/admin/partners/new",
                "/admin/partners/cis", "/admin/agreements/new", "/admin/agreements/cis-memorandum-of-understanding");
        for (Language language : Language.values()) {
            Http http = new Http(port);
            http.get("/language?to=" + language.code() + "&next=/login");
            Response login = http.get("/login");
            checkInterface(login.document(), language, language + " login");
            http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
            for (String screen : screens) {
                Response response = http.get(screen);
                assertThat(response.status()).as(language + screen).isEqualTo(200);
                checkInterface(response.document(), language, language + screen);
            }
        }
    }

    @Test
    void theLanguageSwitcherOffersExactlyTheTranslationsThatExist() {
        Document release = new Http(port).get("/en" + RELEASE).document();
        assertThat(release.select("ul.languages a").eachAttr("hreflang")).containsExactly("en", "fr", "ru");
        assertThat(release.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("en", "fr", "ru", "x-default");
        assertThat(release.select("link[hreflang=x-default]").attr("href")).endsWith("/en" + RELEASE);
        assertThat(release.select("link[hreflang=ru]").attr("href"))
                .endsWith("/ru/news/mom-podpiset-memorandum-o-vzaimoponimanii-s-sodruzestvom-nezavisimyh-gosudarstv");
        Document russian = new Http(port).follow(new Http(port).get("/ru" + RELEASE)).document();
        assertThat(russian.select(".translation-credit").text())
                .contains("Перевод: Команда Herald (демонстрационный перевод)").contains("Читать оригинал (английский)");
    }

    @Test
    void aMissingTranslationShowsTheOriginalWithANoticeInTheReadersLanguage() {
        Response spanish = new Http(port).get("/es" + RELEASE);
        assertThat(spanish.status()).isEqualTo(200);
        Document page = spanish.document();
        assertThat(page.select(".notice").text())
                .isEqualTo("Esta página aún no está disponible en español. Esta es la versión original, en inglés.");
        assertThat(page.select("main h1").attr("lang")).isEqualTo("en");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/en" + RELEASE);
        assertThat(page.select("nav.main-nav a").eachText()).contains("Quiénes somos");
        Document sections = new Http(port).get("/zh/who-we-are").document();
        assertThat(sections.select(".notice").text()).contains("此页面尚无中文版本");
        assertThat(sections.select(".facts li").eachText()).contains("属于联合国系统", "175个成员国");
    }

    @Test
    void aTranslationIsOutdatedWhenItsSourceChangesAndShowsWhatChanged() {
        String slug = "outdated-" + UUID.randomUUID().toString().substring(0, 8);
        long original = save.create(EDITOR, article(Language.EN, "Border management workshop", slug,
                "The workshop opens in Minsk.\n\nIt lasts two days."), null);
        publish.publish(EDITOR, original);
        long french = translate.create(TRANSLATOR, original, article(Language.FR, "Atelier sur la gestion des frontières",
                null, "L’atelier s’ouvre à Minsk.\n\nIl dure deux jours."), "Équipe de test");
        assertThat(outdatedInto(Language.FR)).doesNotContain(french);
        assertThat(editorial.sourceChanges(french)).isEmpty();

        save.update(EDITOR, original, editorial.get(original).version(), article(Language.EN, "Border management workshop",
                slug, "The workshop opens in Minsk.\n\nIt lasts three days."));
        assertThat(outdatedInto(Language.FR)).contains(french);
        assertThat(editorial.translations(original)).filteredOn(TranslationLine::outdated)
                .extracting(TranslationLine::id).containsExactly(french);
        assertThat(editorial.sourceChanges(french)).singleElement().satisfies(diff -> {
            assertThat(diff.field()).isEqualTo("body");
            assertThat(diff.rows()).anySatisfy(row -> {
                assertThat(row.before()).isEqualTo("It lasts two days.");
                assertThat(row.after()).isEqualTo("It lasts three days.");
            });
        });

        Http http = new Http(port);
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Document screen = http.get("/admin/content/" + french).document();
        assertThat(screen.select("#outdated-heading").text()).contains("from revision 1 to 2");
        assertThat(screen.select("table.diff ins").eachText()).contains("It lasts three days.");
        assertThat(screen.select("aside.source .source-body").text()).contains("It lasts three days.");

        translate.update(TRANSLATOR, french, "Équipe de test", true);
        assertThat(outdatedInto(Language.FR)).doesNotContain(french);
    }

    @Test
    void savingATranslationIsOneStepThatIsWholeOrNotAtAll() {
        long original = save.create(EDITOR, article(Language.EN, "One step", null, "Text, first."), null);
        long french = translate.create(TRANSLATOR, original, article(Language.FR, "Une étape", null, "Texte."), "Équipe");
        save.update(EDITOR, original, editorial.get(original).version(), article(Language.EN, "One step", null,
                "Text, second."));
        Http http = new Http(port);
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String editor = "/admin/content/" + french;
        Element form = http.get(editor).document().selectFirst("form[action=\"" + editor + "\"]");
        Map<String, Object> fields = new java.util.HashMap<>();
        form.select("input[name], textarea[name], select[name]").forEach(field -> {
            if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                fields.put(field.attr("name"), field.is("select")
                        ? field.select("option[selected]").val() : field.is("textarea") ? field.text() : field.val());
            }
        });
        fields.put("bodyMarkdown", "Texte, revu.");
        fields.put("upToDate", "true");
        fields.put("translationCredit", "x".repeat(201));

        Response refused = http.post(editor, fields);
        assertThat(refused.status()).as("the credit is longer than its column").isEqualTo(400);
        assertThat(refused.document().select("#translationCredit-error").text()).isNotBlank();
        assertThat(editorial.get(french).revisionNumber()).as("no revision half-saved").isEqualTo(1);
        assertThat(editorial.get(french).draft().bodyMarkdown()).isEqualTo("Texte.");
        assertThat(outdatedInto(Language.FR)).contains(french);

        fields.put("translationCredit", "Équipe de test");
        assertThat(http.post(editor, fields).status()).isEqualTo(302);
        assertThat(editorial.get(french).revisionNumber()).isEqualTo(2);
        assertThat(editorial.get(french).translation().credit()).isEqualTo("Équipe de test");
        assertThat(outdatedInto(Language.FR)).doesNotContain(french);
        assertThat(jdbc.sql("SELECT action FROM change_log WHERE entity = 'content_item' AND entity_id = :id ORDER BY seq").param("id", french)
                .query(String.class).list()).containsExactly("created", "edited", "translation-updated");
    }

    @Test
    void translatorsTranslateButDoNotWriteOriginalsOrPublish() {
        long original = save.create(EDITOR, article(Language.EN, "For translators", null, "Text."), null);
        long russian = translate.create(TRANSLATOR, original, article(Language.RU, "Для переводчиков", null, "Текст."), null);
        assertThat(editorial.get(russian).draft().slug()).isEqualTo("dla-perevodcikov");
        save.update(TRANSLATOR, russian, editorial.get(russian).version(),
                article(Language.RU, "Для переводчиков", "dla-perevodcikov", "Текст, исправленный."));
        assertThatThrownBy(() -> save.update(TRANSLATOR, original, editorial.get(original).version(),
                article(Language.EN, "Changed", null, "Text."))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> publish.publish(TRANSLATOR, russian)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theRemememberedChoiceComesBeforeTheBrowsersLanguage() {
        Http http = new Http(port);
        Response chosen = http.get("/language?to=ru&next=%2Fru%2Fnews");
        assertThat(chosen.status()).isEqualTo(303);
        assertThat(chosen.location()).endsWith("/ru/news");
        assertThat(http.get("/", "Accept-Language", "fr").location()).endsWith("/ru/");
        assertThat(http.get("/language?to=ar&next=//evil.example/").location()).as("no open redirect").endsWith("/ar/");
        assertThat(http.get("/language?to=ar&next=https://evil.example/").location()).endsWith("/ar/");
    }

    @Test
    void datesAndNumbersFollowThePagesLanguage() {
        String slug = "dated-" + UUID.randomUUID().toString().substring(0, 8);
        ContentDraft dated = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, "A dated story", slug,
                null, "Text.", LocalDate.of(2019, 5, 22), false, null, null, null, PageLayout.STANDARD, false,
                List.of(), List.of());
        publish.publish(EDITOR, save.create(EDITOR, dated, null));
        Http http = new Http(port);
        assertThat(http.get("/fr/news/" + slug).document().select("article time").text()).isEqualTo("22 mai 2019");
        assertThat(http.get("/zh/news/" + slug).document().select("article time").text()).isEqualTo("2019年5月22日");
        assertThat(http.get("/ru/").document().select(".facts li").eachText())
                .contains("175 государств-членов", "Работает в 171 стране", "С 1951 года");
        assertThat(http.get("/ar/").document().select(".facts li").eachText()).contains("175 دولة عضوًا");
        assertThat(http.get("/fr/countries/by").document().select("main h1").text()).isEqualTo("Biélorussie");
    }

    /** No raw key and no English interface text outside content marked as another language. */
    private void checkInterface(Document page, Language language, String where) {
        assertThat(page.select("html").attr("lang")).as(where).isEqualTo(language.code());
        assertThat(page.select("html").attr("dir")).as(where).isEqualTo(language.direction());
        page.select("[lang]").not("html").stream()
                .filter(element -> !element.attr("lang").equals(language.code()))
                .forEach(Element::remove);
        page.select("script, style, option[lang]").remove();
        String text = page.body().text();
        for (String key : keys) {
            assertThat(text).as(where + ": raw key").doesNotContain(key + " ");
        }
        if (language == Language.EN) {
            return;
        }
        for (String key : keys) {
            String value = english.getProperty(key);
            if (!value.contains("{") && value.length() >= 4 && !MessageBundleTests.SAME_AS_ENGLISH.contains(key)) {
                assertThat(text).as(where + ": English left: " + key)
                        .doesNotContainPattern("(?<!\\p{L})" + java.util.regex.Pattern.quote(value) + "(?!\\p{L})");
            }
        }
    }

    private List<Long> outdatedInto(Language language) {
        return editorial.toTranslate(language).stream().filter(TranslationLine::outdated).map(TranslationLine::id).toList();
    }

    private static ContentDraft article(Language language, String title, String slug, String body) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, language, title, slug, null, body, null, true,
                null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
    }
}
