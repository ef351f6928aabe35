package org.herald.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.Block;
import org.herald.content.Blocks;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The frame of every public page (breadcrumbs, the menu's second level, the footer) and pages
 * composed from blocks, as a reader and an editor meet them. Run on H2 and on PostgreSQL.
 */
abstract class FrameContract {

    static final List<String> DEMO_SECTIONS = List.of("/en/take-action", "/en/work-with-us", "/en/get-involved",
            "/en/data-and-research");
    private static final String RELEASE_TITLE = "IOM to Sign MoU with Commonwealth of Independent States";
    private static final Actor EDITOR = Actor.system("frame-test");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSeedsBareSectionsOpenWithDemonstrationTextACallToActionAndAListOfNews() {
        for (String path : DEMO_SECTIONS) {
            Document page = http.get(path).document();
            assertThat(page.select("main .block-text").text()).as(path).startsWith("Demonstration text");
            assertThat(page.select("main .block-cta h2").text()).as(path).isNotBlank();
            assertThat(page.select("main .block-cta a").attr("href")).as(path).startsWith("/en/");
            assertThat(page.select("main .block-list h2").text()).as(path).isNotBlank();
        }
        // Each list shows the newest items of its filter (press releases, news, goal 10, Belarus); other
        // tests of this shared context publish newer ones, so the seed's release may have left a list.
        for (String path : DEMO_SECTIONS) {
            assertThat(http.get(path).document().select("main .block-list .cards a").eachText()).as(path)
                    .isNotEmpty().doesNotHaveDuplicates();
        }
        assertThat(http.get("/en/get-involved").document().select("main .block-list a").last().attr("href"))
                .isEqualTo("/en/2030-agenda/goal-10");
    }

    @Test
    void everyKindOfPageHasItsBreadcrumbAndTheFooter() {
        UUID takeAction = groupOf("take-action");
        String subTitle = "Volunteer " + suffix();
        String sub = publishPage(subTitle, takeAction, null);
        Map<String, List<String>> trails = new java.util.LinkedHashMap<>();
        trails.put("/en/", List.of("Home"));
        trails.put("/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states",
                List.of("Home", "News", RELEASE_TITLE));
        trails.put("/en/countries/by", List.of("Home", "Countries", "Belarus"));
        trails.put("/en/take-action", List.of("Home", "Take Action"));
        trails.put("/en/" + sub, List.of("Home", "Take Action", subTitle));
        trails.put("/en/2030-agenda/goal-10", List.of("Home", "2030 Agenda", "Goal 10: Reduced inequalities"));
        trails.put("/en/search?q=migration", List.of("Home", "Search"));
        trails.put("/en/press-room", List.of("Home", "Press room"));
        for (Map.Entry<String, List<String>> trail : trails.entrySet()) {
            Document page = http.get(trail.getKey()).document();
            assertThat(page.select("main nav.breadcrumbs[aria-label=Breadcrumb] ol li").eachText()).as(trail.getKey())
                    .containsExactlyElementsOf(trail.getValue());
            assertThat(page.select("nav.breadcrumbs li:last-child [aria-current=page]")).as(trail.getKey()).hasSize(1);
            assertThat(page.select("footer .footer-name").text()).as(trail.getKey())
                    .isEqualTo("International Organization for Migration");
            assertThat(page.select("footer .footer-name img").attr("src")).contains("/assets/logo");
            assertThat(page.select("footer nav[aria-labelledby=footer-legal] a").eachText()).as(trail.getKey())
                    .containsExactly("Privacy policy", "Terms of use", "Accessibility statement");
            assertThat(page.select("footer address").text()).as(trail.getKey()).contains("Galina Desyatova");
            assertThat(page.select("footer address a[href^=tel:+375]")).as(trail.getKey()).hasSize(1);
            assertThat(page.select("footer nav[aria-labelledby=footer-feeds] a").eachAttr("href"))
                    .containsExactly("/en/feeds/news.rss", "/en/feeds/news.atom", "/en/feeds/news.json");
        }
        Document article = http.get("/en/news/iom-to-sign-mou-with-commonwealth-of-independent-states").document();
        assertThat(article.select("script[type=application/ld+json]").html()).contains("\"BreadcrumbList\"");
        Document privacy = http.get(article.select("footer nav[aria-labelledby=footer-legal] a").first().attr("href"))
                .document();
        assertThat(privacy.select("main h1").text()).isEqualTo("Privacy policy");
        assertThat(privacy.select("main .body").text()).startsWith("Placeholder text");
        assertThat(http.get("/ar/take-action").document().select("nav.breadcrumbs li").first().text())
                .isEqualTo("الرئيسية");
    }

    @Test
    void theMenuShowsEachSectionsSubPagesAsASecondLevel() {
        String title = "Donate " + suffix();
        String sub = publishPage(title, groupOf("take-action"), null);
        Document home = http.get("/en/").document();
        assertThat(home.select("nav.main-nav > ul > li > a").eachText()).containsExactlyElementsOf(PublicSiteContract.SECTIONS);
        var takeAction = home.select("nav.main-nav > ul > li").stream()
                .filter(item -> item.child(0).text().equals("Take Action")).findFirst().orElseThrow();
        assertThat(takeAction.select("ul.sub-menu[aria-label=Take Action] a").eachText()).contains(title);
        assertThat(takeAction.select("ul.sub-menu a").eachAttr("href")).contains("/en/" + sub);
        assertThat(http.get("/en/" + sub).document().select("nav.main-nav ul.sub-menu a[aria-current=page]").text())
                .isEqualTo(title);
    }

    @Test
    void anEditorComposesAPageFromBlocksReordersThemAndTheSiteShowsEachKindInOrder() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String title = "Composed " + suffix();
        Map<String, Object> form = pageForm(title);
        form.put("blocks[0].type", "cta");
        form.put("blocks[0].heading", "Write to us");
        form.put("blocks[0].text", "We answer within a week.");
        form.put("blocks[0].label", "Contact");
        form.put("blocks[0].url", "https://example.org/contact");
        form.put("blocks[1].type", "text");
        form.put("blocks[1].markdown", "An **introduction** to the section.");
        form.put("action", "block-up-1");
        Document moved = http.post("/admin/content", form).document();
        assertThat(moved.select("fieldset.blocks li legend").eachText())
                .containsExactly("Block 1 · Rich text", "Block 2 · Call to action");
        assertThat(moved.select("textarea[name=blocks[0].markdown]").text()).isEqualTo("An **introduction** to the section.");
        assertThat(count(title)).as("a block button saves nothing").isZero();

        Map<String, Object> ordered = pageForm(title);
        ordered.put("blocks[0].type", "text");
        ordered.put("blocks[0].markdown", "An **introduction** to the section.");
        ordered.put("blocks[1].type", "list");
        ordered.put("blocks[1].heading", "Releases on Belarus");
        ordered.put("blocks[1].kind", "press-release");
        ordered.put("blocks[1].country", "BY");
        ordered.put("blocks[1].limit", "2");
        ordered.put("blocks[2].type", "map");
        ordered.put("blocks[3].type", "cta");
        ordered.put("blocks[3].heading", "Write to us");
        ordered.put("blocks[3].label", "Contact");
        ordered.put("blocks[3].url", "/en/press-room");
        ordered.put("action", "save");
        Response saved = http.post("/admin/content", ordered);
        assertThat(saved.status()).as(saved.mainText()).isEqualTo(302);
        long id = Long.parseLong(saved.location().replaceAll(".*/admin/content/(\\d+).*", "$1"));
        publish.publish(EDITOR, id);

        Document page = http.get("/en/" + slugOf(id)).document();
        assertThat(page.select("main .blocks > .block").eachAttr("class")).containsExactly("block block-text body",
                "block block-list", "block block-map", "block block-cta");
        assertThat(page.select("main .block-text strong").text()).isEqualTo("introduction");
        assertThat(page.select("main .block-list h2").text()).isEqualTo("Releases on Belarus");
        assertThat(page.select("main .block-list .cards a").eachText()).contains(RELEASE_TITLE);
        assertThat(page.select("main .block-list .cards .kind").eachText()).containsOnly("Press release");
        assertThat(page.select("main .block-map svg.world-map title").first().text()).isNotBlank();
        assertThat(page.select("main .block-cta a").attr("href")).isEqualTo("/en/press-room");
        assertThat(http.get("/admin/content/" + id).document().select("input[name=blocks[3].url]").val())
                .isEqualTo("/en/press-room");
    }

    @Test
    void aBadBlockIsAFormErrorAndNothingIsSaved() {
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Map<String, Map<String, String>> bad = new java.util.LinkedHashMap<>();
        bad.put("A call to action needs a link address that starts with https://, http:// or /.",
                Map.of("type", "cta", "heading", "Go", "label", "Go", "url", "javascript:alert(1)"));
        bad.put("A call to action needs a heading and a link label.", Map.of("type", "cta", "url", "/en/news"));
        bad.put("A block has a type this version does not know. Remove it to save the page.", Map.of("type", "video"));
        bad.put("A list block’s goal must be a number from 1 to 17.", Map.of("type", "list", "goal", "18"));
        bad.put("A list block’s country is not a known ISO code.", Map.of("type", "list", "country", "XX"));
        bad.put("A text block needs some text.", Map.of("type", "text", "markdown", " "));
        for (Map.Entry<String, Map<String, String>> block : bad.entrySet()) {
            String title = "Refused " + suffix();
            Map<String, Object> form = pageForm(title);
            block.getValue().forEach((field, value) -> form.put("blocks[0]." + field, value));
            form.put("action", "save");
            Response refused = http.post("/admin/content", form);
            assertThat(refused.status()).as(block.getKey()).isEqualTo(400);
            assertThat(refused.document().select("#blocks-error").text()).isEqualTo(block.getKey());
            assertThat(count(title)).as(block.getKey()).isZero();
        }
    }

    @Test
    void aStoredBlockOfUnknownTypeIsSkippedOnTheSiteAndFlaggedInTheEditor() {
        String title = "Newer " + suffix();
        String slug = publishPage(title, null, """
                [{"type":"text","markdown":"Before."},{"type":"carousel","images":[1,2]},{"type":"text","markdown":"After."}]""");
        long id = jdbc.sql("SELECT id FROM content_item WHERE slug = :slug").param("slug", slug).query(Long.class).single();
        Response page = http.get("/en/" + slug);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("main .block").eachText()).containsExactly("Before.", "After.");

        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Document editor = http.get("/admin/content/" + id).document();
        assertThat(editor.select("fieldset.blocks li legend").eachText()).containsExactly("Block 1 · Rich text",
                "Block 2 · Unknown type “carousel”", "Block 3 · Rich text");
        assertThat(editor.select("fieldset.blocks .field-error").text()).contains("carousel").contains("Remove it");
    }

    @Test
    void anAdministratorReplacesThePlaceholderLogoWithAHarmlessSvgAndAnActiveOneIsRefused() {
        assertThat(http.get("/en/").document().select("header .brand img").attr("src")).contains("/assets/logo");
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Map<String, String> fields = Map.of("_csrf", http.csrf("/admin/menu"));
        String[] unsafe = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>"};
        for (String svg : unsafe) {
            Response refused = http.upload("/admin/menu/logo", "file", "logo.svg", svg.getBytes(), fields);
            assertThat(refused.status()).as(svg).isEqualTo(400);
            assertThat(refused.mainText()).as(svg).contains("so it is refused");
        }
        assertThat(http.upload("/admin/menu/logo", "file", "logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, fields)
                .mainText()).contains("The file is not an SVG drawing.");
        assertThat(http.get("/logo.svg").status()).as("still the placeholder").isEqualTo(404);

        String ours = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Ours</title>"
                + "<style>.a{fill:#036}</style><circle class=\"a\" cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
        assertThat(http.upload("/admin/menu/logo", "file", "logo.svg", ours.getBytes(), fields).status()).isEqualTo(302);
        String src = http.get("/en/take-action").document().select("header .brand img").attr("src");
        assertThat(src).startsWith("/logo.svg?v=");
        assertThat(http.get("/fr/").document().select("footer .footer-name img").attr("src")).isEqualTo(src);
        Response logo = http.get(src);
        assertThat(logo.body()).isEqualTo(ours);
        assertThat(logo.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(logo.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
        assertThat(logo.header("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(http.post("/admin/menu/logo/remove", Map.of("_csrf", http.csrf("/admin/menu"))).status())
                .isEqualTo(302);
        assertThat(http.get("/en/").document().select("header .brand img").attr("src")).contains("/assets/logo");
    }

    @Test
    void theMigrationGivesAnExistingInstallsBareSectionsTheDemoBlocksAndLeavesEditedOnesAlone() throws Exception {
        String edited = "[{\"type\":\"text\",\"markdown\":\"Our own words.\"}]";
        String original = blocksIn("content_item", "get-involved");
        setBlocks("take-action", null);
        setBlocks("get-involved", edited);
        try (java.sql.Connection connection = dataSource.getConnection()) {
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
                    new org.springframework.core.io.ClassPathResource(
                            "db/migration/V91__demo_blocks_for_section_pages.sql"));
        }
        for (String table : List.of("content_item", "published_item")) {
            List<Block> blocks = Blocks.read(blocksIn(table, "take-action"));
            assertThat(blocks).as(table).extracting(Block::type).containsExactly("text", "cta", "list");
            assertThat(((Block.Text) blocks.get(0)).markdown()).startsWith("*Demonstration text");
            assertThat(blocksIn(table, "get-involved")).as(table).isEqualTo(edited);
        }
        setBlocks("get-involved", original);
    }

    /** The stored blocks of the English page of this slug, in the working copy or the public row. */
    private String blocksIn(String table, String slug) {
        return jdbc.sql("SELECT blocks_json FROM " + table + " WHERE slug = :slug AND language = 'en'")
                .param("slug", slug).query(String.class).single();
    }

    /** Sets an English page's blocks in both rows, as an install's data (or an older version) left them. */
    private void setBlocks(String slug, String json) {
        for (String table : List.of("content_item", "published_item")) {
            jdbc.sql("UPDATE " + table + " SET blocks_json = :json WHERE slug = :slug AND language = 'en'")
                    .param("json", json).param("slug", slug).update();
        }
    }

    /** Publishes an English page (under a parent, with blocks as stored JSON) written straight through the actions. */
    private String publishPage(String title, UUID parent, String blocksJson) {
        ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.EN, title, null, null, "", null, false,
                null, null, parent, PageLayout.STANDARD, false, List.of(), List.of());
        long id = save.create(EDITOR, draft, null);
        if (blocksJson != null) {
            // As a newer version or a hand edit would leave it: past the save's checks.
            jdbc.sql("UPDATE content_item SET blocks_json = :json WHERE id = :id").param("json", blocksJson)
                    .param("id", id).update();
        }
        publish.publish(EDITOR, id);
        return slugOf(id);
    }

    private Map<String, Object> pageForm(String title) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "PAGE", "language", "en", "title", title,
                "bodyMarkdown", "", "layout", "STANDARD"));
        form.put("_csrf", http.csrf("/admin/content/new?type=page"));
        return form;
    }

    private UUID groupOf(String slug) {
        return jdbc.sql("SELECT translation_group FROM content_item WHERE slug = :slug AND language = 'en'")
                .param("slug", slug).query(UUID.class).single();
    }

    private String slugOf(long id) {
        return jdbc.sql("SELECT slug FROM content_item WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long count(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM content_item WHERE title = :title").param("title", title)
                .query(Long.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
