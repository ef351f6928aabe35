package org.herald.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.ApproveContent;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.PublishedContent;
import org.herald.content.RestoreRevision;
import org.herald.content.SaveContent;
import org.herald.content.SchedulePublication;
import org.herald.content.SubmitForReview;
import org.herald.content.TranslateContent;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2030 Agenda as readers, editors and API clients meet it, over real HTTP: the section page
 * with the 17 goals and their counts, a page per goal that lists what is published on it (never a
 * draft or an embargoed item), tags checked in the editor, the search facet and the API, in every
 * language. Each test tags its own goals, so that the counts it reads are its own. Run on H2 and
 * on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class GoalsContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RELEASE = "iom-to-sign-mou-with-commonwealth-of-independent-states";
    static final String RELEASE_TITLE = "IOM to Sign MoU with Commonwealth of Independent States";
    private static final Actor EDITOR = Actor.system("goals-test");
    /** Goal 1's title in each language, as the section page must show it. */
    private static final Map<Language, String> NO_POVERTY = Map.of(Language.EN, "No poverty", Language.FR,
            "Pas de pauvreté", Language.ES, "Fin de la pobreza", Language.RU, "Ликвидация нищеты", Language.AR,
            "القضاء على الفقر", Language.ZH, "无贫穷");

    @LocalServerPort int port;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired SubmitForReview submit;
    @Autowired ApproveContent approve;
    @Autowired SchedulePublication schedule;
    @Autowired EditorialContent editorial;
    @Autowired PublishedContent content;
    @Autowired TranslateContent translate;
    @Autowired RestoreRevision restore;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSectionPageShowsTheSeventeenGoalsWithTheSeedsReleaseCountedOnGoalTen() {
        Response section = http.get("/en/2030-agenda");
        assertThat(section.status()).isEqualTo(200);
        Document page = section.document();
        assertThat(page.select("main h1").text()).isEqualTo("2030 Agenda");
        List<Element> goals = page.select(".goal-list li");
        assertThat(goals).hasSize(17);
        assertThat(goals.get(0).text()).startsWith("Goal 1 No poverty");
        Element reduced = goals.get(9);
        assertThat(reduced.select("a").attr("href")).isEqualTo("/en/2030-agenda/goal-10");
        assertThat(reduced.select(".goal-title").text()).isEqualTo("Reduced inequalities");
        assertThat(reduced.select(".count").text()).as("the seed's release, tagged 10.7").isEqualTo("1 item");
        assertThat(goals.get(12).select(".count").text()).isEqualTo("nothing published yet");
    }

    @Test
    void aGoalPageListsWhatIsPublishedOnItAndNeverADraftOrAnEmbargoedItem() {
        String published = "Published on peace " + suffix();
        String draft = "Draft on peace " + suffix();
        String embargoed = "Embargoed on peace " + suffix();
        publish.publish(EDITOR, create(published, "16.a"));
        create(draft, "16");
        long scheduled = create(embargoed, "16.3");
        submit.submit(EDITOR, scheduled, null);
        approve.approve(EDITOR, scheduled, null);
        // Later than any time the shared context's scheduler tests ask about, as the search tests' embargo.
        schedule.schedule(EDITOR, scheduled, Instant.parse("2040-01-01T00:00:00Z"), null);

        Response goal = http.get("/en/2030-agenda/goal-16");
        assertThat(goal.status()).isEqualTo(200);
        assertThat(goal.document().select("main h1").text()).isEqualTo("Goal 16 Peace, justice and strong institutions");
        assertThat(goal.document().select("nav.breadcrumbs a").eachText())
                .containsExactly("Home", "2030 Agenda", "Goal 16: Peace, justice and strong institutions");
        assertThat(goal.mainText()).contains(published).doesNotContain(draft).doesNotContain(embargoed);
        assertThat(goalCount(http.get("/en/2030-agenda").document(), 16)).isEqualTo("1 item");
        for (String path : List.of("/api/v1/goals/16", "/api/v1/goals", "/en/search?goal=16")) {
            assertThat(http.get(path).body()).as(path).doesNotContain(draft).doesNotContain(embargoed);
        }
        assertThat(http.get("/en/2030-agenda/goal-18").status()).isEqualTo(404);
        assertThat(http.get("/en/2030-agenda/goal-0").status()).isEqualTo(404);
        assertThat(http.get("/en/2030-agenda/goal-01").status()).as("one address per goal").isEqualTo(404);
    }

    @Test
    void savingNewGoalsChangesNothingPublicUntilTheItemIsPublished() {
        String title = "Oceans and forests " + suffix();
        long id = create(title, "14.1");
        publish.publish(EDITOR, id);
        assertThat(http.get("/en/2030-agenda/goal-14").mainText()).contains(title);
        assertThat(http.get("/en/2030-agenda/goal-15").mainText()).doesNotContain(title);

        save.update(EDITOR, id, editorial.get(id).version(), editorial.get(id).draft(), Map.of("goals", "15.2"));
        assertThat(http.get("/en/2030-agenda/goal-15").mainText()).as("a saved working copy").doesNotContain(title);
        assertThat(http.get("/en/2030-agenda/goal-14").mainText()).contains(title);

        publish.publish(EDITOR, id);
        assertThat(http.get("/en/2030-agenda/goal-15").mainText()).as("published: the page cache let it go")
                .contains(title);
        assertThat(http.get("/en/2030-agenda/goal-14").mainText()).doesNotContain(title);
    }

    @Test
    void everyRevisionKeepsTheGoalsTheComparisonShowsTheirChangeAndARestoreBringsThemBack() {
        long id = create("Goals in revisions " + suffix(), "14.1");
        save.update(EDITOR, id, editorial.get(id).version(), editorial.get(id).draft(), Map.of("goals", "15.2, 16"));
        assertThat(editorial.revision(id, 1).groupFields()).containsEntry("goals", "14.1");
        assertThat(editorial.revision(id, 2).groupFields()).containsEntry("goals", "15.2, 16");

        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Document compare = http.get("/admin/content/" + id + "/compare?from=1&to=2").document();
        assertThat(compare.select("section.field-diff[aria-label='Sustainable Development Goals'] td").eachText())
                .containsExactly("14.1", "15.2, 16");

        restore.restore(EDITOR, id, editorial.get(id).version(), 1);
        assertThat(editorial.revision(id, 3).groupFields()).as("the working copy's goals, restored")
                .containsEntry("goals", "14.1");
        publish.publish(EDITOR, id);
        assertThat(http.get("/en/2030-agenda/goal-14").mainText()).contains("Goals in revisions");
        assertThat(http.get("/en/2030-agenda/goal-15").mainText()).doesNotContain("Goals in revisions");
    }

    @Test
    void newGoalsPublishedWithOneVersionReachEveryPublishedVersionInSearch() throws InterruptedException {
        String english = "Cities and migrants " + suffix();
        String french = "Villes et migrants " + suffix();
        long original = create(english, "12");
        publish.publish(EDITOR, original);
        ContentDraft translation = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.FR, french, null,
                "Un résumé.", "Du texte.", null, true, null, null, null, PageLayout.STANDARD, false, List.of(),
                List.of());
        publish.publish(EDITOR, translate.create(EDITOR, original, translation, "Herald team"));
        assertThat(eventually("/en/search?goal=12", french)).contains(english, french);

        save.update(EDITOR, original, editorial.get(original).version(), editorial.get(original).draft(),
                Map.of("goals", "11.1"));
        publish.publish(EDITOR, original);
        assertThat(eventually("/en/search?goal=11", french)).as("the French version, not published again")
                .contains(english, french);
        assertThat(searchWhenReady("/en/search?goal=12").mainText()).doesNotContain(english).doesNotContain(french);
    }

    @Test
    void theEditorRefusesAGoalOrTargetThatDoesNotExistWithAMessageAndKeepsWhatWasTyped() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        for (String wrong : List.of("10.9", "18", "10.d", "17.a", "0", "ten", "10.7.1")) {
            Response refused = http.post("/admin/content", editorForm("Refused goals " + wrong, wrong));
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            Document form = refused.document();
            assertThat(form.select("#goals-error").text()).as(wrong)
                    .startsWith("One of these is not a goal or a target");
            assertThat(form.select("input#goals").val()).isEqualTo(wrong);
            assertThat(form.select("input#goals").attr("aria-invalid")).isEqualTo("true");
        }
        Response saved = http.post("/admin/content", editorForm("Accepted goals " + suffix(), "10.a; 5 10.7, 10.7"));
        assertThat(saved.status()).isEqualTo(302);
        Document editor = http.get(saved.location().replaceFirst("^https?://[^/]+", "")).document();
        assertThat(editor.select("input#goals").val()).as("in order, once each").isEqualTo("5, 10.7, 10.a");
        assertThat(http.get("/admin/content/new?type=page").document().select("input#goals")).hasSize(1);
        long release = content.find(ContentType.ARTICLE, Language.EN, RELEASE).orElseThrow().itemId();
        assertThat(http.get("/admin/content/" + release).document().select("input#goals").val()).isEqualTo("10.7");
    }

    @Test
    void theApiListsTheGoalsWithCountsAndEachGoalWithItsNewestItems() {
        JsonNode list = json(http.get("/api/v1/goals"));
        assertThat(list.get("items")).hasSize(17);
        JsonNode ten = list.get("items").get(9);
        assertThat(ten.get("number").asInt()).isEqualTo(10);
        assertThat(ten.get("title").asString()).isEqualTo("Reduced inequalities");
        assertThat(ten.get("count").asInt()).isEqualTo(1);
        assertThat(ten.get("path").asString()).isEqualTo("/en/2030-agenda/goal-10");
        assertThat(ten.get("apiPath").asString()).isEqualTo("/api/v1/goals/10?lang=en");

        JsonNode goal = json(http.get("/api/v1/goals/10?lang=fr"));
        assertThat(goal.get("title").asString()).isEqualTo("Inégalités réduites");
        JsonNode item = goal.get("latestItems").get(0);
        assertThat(item.get("type").asString()).isEqualTo("article");
        assertThat(item.get("language").asString()).as("its French version").isEqualTo("fr");
        assertThat(item.get("apiPath").asString()).startsWith("/api/v1/articles/fr/");
        assertThat(json(http.get("/api/v1/goals/10?lang=es")).get("latestItems").get(0).get("slug").asString())
                .as("no Spanish version: the original").isEqualTo(RELEASE);
        assertThat(json(http.get("/api/v1/goals/10?fields=title")).propertyNames()).containsExactly("title");

        assertThat(http.get("/api/v1/goals/18").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/goals/ten").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/goals?lang=xx").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/goals?goal=1").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/goals/10?limit=1000").status()).isEqualTo(400);
    }

    @Test
    void theSearchFiltersOnAGoalAndNamesItInItsFacet() throws InterruptedException {
        Response found = searchWhenReady("/en/search?goal=10");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.mainText()).contains(RELEASE_TITLE);
        assertThat(found.document().select(".facets a").eachText()).anyMatch(label ->
                label.contains("Goal 10: Reduced inequalities"));
        assertThat(searchWhenReady("/en/search?goal=13").mainText()).doesNotContain(RELEASE_TITLE);
        assertThat(searchWhenReady("/ar/search?goal=10").document().select(".facets a").eachText())
                .anyMatch(label -> label.contains("الحد من أوجه عدم المساواة"));
    }

    @Test
    void everyLanguageRendersTheGoalsArabicRightToLeft() {
        for (Language language : Language.values()) {
            Document section = http.get("/" + language.code() + "/2030-agenda").document();
            assertThat(section.select("html").attr("lang")).isEqualTo(language.code());
            assertThat(section.select("html").attr("dir")).isEqualTo(language == Language.AR ? "rtl" : "ltr");
            assertThat(section.select(".goal-list li")).as(language.code()).hasSize(17);
            assertThat(section.select(".goal-list li .goal-title").first().text()).isEqualTo(NO_POVERTY.get(language));

            Response goal = http.get("/" + language.code() + "/2030-agenda/goal-10");
            assertThat(goal.status()).as(language.code()).isEqualTo(200);
            assertThat(goal.document().select("main .summary-list, main .cards a").eachAttr("href"))
                    .as(language.code() + ": the release, in the language or as its original")
                    .anyMatch(href -> href.startsWith("/" + language.code() + "/news/"));
        }
        assertThat(http.get("/fr/2030-agenda/goal-10").mainText()).contains("Inégalités réduites")
                .contains("L’OIM va signer un protocole d’accord");
        assertThat(http.get("/ar/2030-agenda/goal-10").document().select("main h1").text())
                .contains("الحد من أوجه عدم المساواة");
    }

    @Test
    void thousandsOfTaggedGroupsAreAskedAboutInPartsAndStillListedNewestFirst() {
        long older = create("Older on water " + suffix(), "6");
        publish.publish(EDITOR, older);
        long newer = create("Newer on water " + suffix(), "6.1");
        publish.publish(EDITOR, newer);
        List<UUID> groups = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            groups.add(UUID.randomUUID());
        }
        groups.add(1200, editorial.get(newer).translationGroup());
        groups.add(editorial.get(older).translationGroup());
        assertThat(content.groupsListedIn(Language.EN, groups)).containsExactlyInAnyOrder(
                editorial.get(older).translationGroup(), editorial.get(newer).translationGroup());
        assertThat(content.listedIn(Language.EN, groups, 10)).extracting(summary -> summary.itemId())
                .containsExactly(newer, older);
        assertThat(content.listedIn(Language.EN, groups, 1)).extracting(summary -> summary.itemId())
                .containsExactly(newer);
        assertThat(goalCount(http.get("/en/2030-agenda").document(), 6)).isEqualTo("2 items");
    }

    private long create(String title, String goals) {
        ContentDraft draft = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, title,
                "goals-" + UUID.randomUUID().toString().substring(0, 8), "A summary.", "Some text.", null, true, null,
                null, null, PageLayout.STANDARD, false, List.of(), List.of());
        return save.create(EDITOR, draft, null, Map.of("goals", goals));
    }

    private Map<String, Object> editorForm(String title, String goals) {
        return Map.of("_csrf", http.csrf("/admin/content/new"), "type", "ARTICLE", "kind", "NEWS", "language", "en",
                "title", title, "bodyMarkdown", "Text.", "goals", goals);
    }

    private Response searchWhenReady(String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        Response response = http.get(path);
        while (response.status() == 503 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            response = http.get(path);
        }
        return response;
    }

    /** The main text of the page once it shows {@code text} (the index follows the change log), or after 20 s. */
    private String eventually(String path, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        String main = searchWhenReady(path).mainText();
        while (!main.contains(text) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            main = searchWhenReady(path).mainText();
        }
        return main;
    }

    private static String goalCount(Document section, int goal) {
        return section.select(".goal-list li").get(goal - 1).select(".count").text();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    static JsonNode json(Response response) {
        return JSON.readTree(response.body());
    }
}
