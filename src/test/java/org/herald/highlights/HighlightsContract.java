package org.herald.highlights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.ContentValidationException;
import org.herald.content.FeaturedImage;
import org.herald.content.PublishContent;
import org.herald.content.PublishedContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.herald.media.MediaItem;
import org.herald.media.UploadMedia;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestImages;
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
 * Highlights and featured images as readers, editors and API clients meet them, over real HTTP:
 * the seed's demo pins (the press release first, as the home page's large card, its picture the
 * only one loaded eagerly), pins that show and hide by the clock (also from the page cache), by
 * language and in order, the refusals of the back office's form, external links, and an item's
 * featured image on its cards, at its top and as its OpenGraph image. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HighlightsContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RELEASE = "iom-to-sign-mou-with-commonwealth-of-independent-states";
    static final String RELEASE_TITLE = "IOM to Sign MoU with Commonwealth of Independent States";
    private static final Actor EDITOR = Actor.system("highlights-test");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired PinHighlight pin;
    @Autowired MoveHighlight move;
    @Autowired UnpinHighlight unpin;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired PublishedContent content;
    @Autowired UploadMedia upload;
    Http http;
    Http admin;

    @BeforeAll
    void clients() {
        http = new Http(port);
        admin = new TestUsers(jdbc, passwords).signedIn(port, "ADMIN");
    }

    @Test
    void theHomePageOpensWithTheSeedsReleaseAsALargeCardWhosePictureAloneLoadsEagerly() {
        for (String lang : List.of("en", "ar")) {
            Document home = http.get("/" + lang + "/").document();
            Element lead = home.selectFirst("main .highlights li.lead");
            assertThat(lead).as(lang).isNotNull();
            assertThat(lead.select("h3 a").attr("href")).isEqualTo("/" + lang + "/news/" + RELEASE);
            Element image = lead.selectFirst("img");
            assertThat(image.attr("alt")).startsWith(lang.equals("en") ? "Demonstration image" : "");
            assertThat(image.hasAttr("loading")).as("the lead picture loads at once").isFalse();
            assertThat(image.attr("fetchpriority")).isEqualTo("high");
            assertThat(image.attr("srcset")).contains("320w").contains("640w");
            assertThat(lead.select("source").attr("media")).isEqualTo("(max-width: 40rem)");
            assertThat(lead.select("source").attr("srcset")).as("a phone gets at most the 640-pixel copy")
                    .contains("640w").doesNotContain("1024w").doesNotContain("1600w");
            assertThat(lead.select("figcaption").text()).isNotBlank();
            List<Element> others = home.select("main img").stream().filter(img -> img != image).toList();
            assertThat(others).as("the 2030 Agenda highlight's picture, at least").isNotEmpty();
            assertThat(others).allSatisfy(img -> assertThat(img.attr("loading")).isEqualTo("lazy"));
            assertThat(home.select("main .highlights li h3 a").eachAttr("href")).as("in order")
                    .startsWith("/" + lang + "/news/" + RELEASE, "/" + lang + "/2030-agenda");
        }
        Http.Download phoneCopy = http.download(http.get("/en/").document().selectFirst("main li.lead source")
                .attr("srcset").split(",")[1].trim().split(" ")[0]);
        assertThat(phoneCopy.status()).isEqualTo(200);
        assertThat(phoneCopy.body().length).as("the picture a phone downloads").isLessThan(100_000);
    }

    @Test
    void theHighlightsSectionShowsItsOwnPins() {
        Document section = http.get("/en/highlights").document();
        assertThat(section.select("main .highlights li h3 a").eachText()).contains(RELEASE_TITLE, "2030 Agenda");
    }

    @Test
    void theReleasesFeaturedImageShowsAtItsTopOnItsCardsAndAsItsPreview() {
        Document article = http.get("/en/news/" + RELEASE).document();
        Element top = article.selectFirst("main article figure.featured-image img");
        assertThat(top).isNotNull();
        assertThat(top.attr("alt")).startsWith("Demonstration image");
        assertThat(article.select("main article figure.featured-image figcaption").text())
                .isEqualTo("Demonstration image generated by Herald");
        String preview = article.select("meta[property=og:image]").attr("content");
        assertThat(preview).contains("/media/").endsWith("/w1024");
        assertThat(article.select("meta[property=og:image:width]").attr("content")).isEqualTo("1024");
        assertThat(http.get(preview.substring(preview.indexOf("/media/"))).status()).isEqualTo(200);

        UUID group = content.find(ContentType.ARTICLE, Language.EN, RELEASE).orElseThrow().translationGroup();
        Document french = http.get(content.inGroup(group, Language.FR).orElseThrow().path()).document();
        assertThat(french.select("main article figure.featured-image img").attr("alt"))
                .startsWith("Image de démonstration");

        // Other tests of the shared context publish newer news: the release's card may be on a later page.
        Element card = java.util.stream.IntStream.rangeClosed(1, 50)
                .mapToObj(number -> http.get("/en/news?kind=press-release&page=" + number).document())
                .takeWhile(list -> !list.select("main .cards li").isEmpty())
                .flatMap(list -> list.select("main .cards li").stream())
                .filter(li -> li.text().contains(RELEASE_TITLE)).findFirst().orElseThrow();
        assertThat(card.select("img").attr("loading")).isEqualTo("lazy");
        assertThat(card.select("img").attr("sizes")).isNotBlank();

        assertThat(http.get("/en/who-we-are").document().select("meta[property=og:image]").attr("content"))
                .as("an item without a picture: the organization's default").contains("og-default");
    }

    @Test
    void aFeaturedImageNeedsItsAltTextAndMustBeALibraryImage() {
        MediaItem photo = upload.upload(EDITOR, "harbour.jpg", TestImages.jpeg(1800, 1000), "");
        ContentDraft draft = ContentDraft.newArticle(ArticleKind.NEWS, Language.EN);
        ContentDraft titled = new ContentDraft(draft.type(), draft.kind(), draft.language(), "Harbour " + UUID.randomUUID(),
                null, "A harbour.", "Text.", null, true, null, null, null, draft.layout(), false, List.of(), List.of());
        assertThatThrownBy(() -> save.create(EDITOR, titled.withImage(new FeaturedImage(photo.url(), " ", null)), null))
                .isInstanceOfSatisfying(ContentValidationException.class,
                        refused -> assertThat(refused.errors()).containsKey("imageAlt"));
        assertThatThrownBy(() -> save.create(EDITOR, titled.withImage(
                new FeaturedImage("/media/" + "0".repeat(32), "A harbour", null)), null))
                .isInstanceOfSatisfying(ContentValidationException.class,
                        refused -> assertThat(refused.errors()).containsKey("image"));
        long id = save.create(EDITOR, titled.withImage(new FeaturedImage(photo.url(), "Boats in a harbour", "Photo: A. B.")),
                null);
        publish.publish(EDITOR, id);
        String slug = content.byId(id).orElseThrow().slug();
        Document page = http.get("/en/news/" + slug).document();
        assertThat(page.select("main figure.featured-image img").attr("alt")).isEqualTo("Boats in a harbour");
        assertThat(page.select("main figure.featured-image figcaption").text()).isEqualTo("Photo: A. B.");
        assertThat(page.select("main figure.featured-image img").attr("srcset")).contains(photo.key() + "/w640 640w");
        assertThat(page.select("meta[property=og:image]").attr("content")).endsWith("/media/" + photo.key() + "/w1024");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("569");
    }

    @Test
    void theEditorShowsTheFeaturedImageAndRefusesItWithoutAltText() {
        MediaItem photo = upload.upload(EDITOR, "market.jpg", TestImages.jpeg(1200, 800), "");
        ContentDraft draft = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN,
                "Market " + UUID.randomUUID(), null, "A market.", "Text.", null, true, null, null, null,
                org.herald.content.PageLayout.STANDARD, false, List.of(), List.of());
        long id = save.create(EDITOR, draft.withImage(new FeaturedImage(photo.url(), "Stalls in a market", null)), null);
        Document editor = admin.get("/admin/content/" + id).document();
        assertThat(editor.select("#image").val()).isEqualTo(photo.url());
        assertThat(editor.select("#imageAlt").val()).isEqualTo("Stalls in a market");

        Map<String, Object> form = form(editor);
        form.put("imageAlt", "");
        Response refused = admin.post("/admin/content/" + id, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#imageAlt-error").text())
                .isEqualTo("Say what the image shows, for readers who cannot see it.");
        form.put("imageAlt", "Stalls in a covered market");
        form.put("imageCredit", "Photo: C. D.");
        assertThat(admin.post("/admin/content/" + id, form).status()).isEqualTo(302);
        Document saved = admin.get("/admin/content/" + id).document();
        assertThat(saved.select("#imageAlt").val()).isEqualTo("Stalls in a covered market");
        assertThat(saved.select("#imageCredit").val()).isEqualTo("Photo: C. D.");
    }

    /** The editor's form as it would be sent unchanged. */
    private static Map<String, Object> form(Document editor) {
        Map<String, Object> form = new java.util.HashMap<>();
        for (Element field : editor.select("form.editor").first()
                .select("input[name], textarea[name], select:not([disabled])[name]")) {
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

    @Test
    void aPinShowsFromItsStartUntilItsEndEvenFromThePageCache() throws InterruptedException {
        String title = "Ends soon " + UUID.randomUUID();
        Instant end = Instant.now().plusSeconds(5);
        pin.pin(EDITOR, new NewHighlight(Highlights.HOME, null, "https://example.org/soon", title, null, null, null,
                "es", Instant.now().minusSeconds(60), end));
        String later = "Starts later " + UUID.randomUUID();
        pin.pin(EDITOR, new NewHighlight(Highlights.HOME, null, "https://example.org/later", later, null, null, null,
                "es", Instant.now().plusSeconds(3600), null));
        Response first = http.get("/es/");
        assertThat(first.body()).contains(title).doesNotContain(later);
        Response second = http.get("/es/");
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!"hit".equals(second.header("X-Herald-Cache")) && System.nanoTime() < deadline) {
            // the change log's follower evicts what this node's own change already evicted: keep asking
            Thread.sleep(100);
            second = http.get("/es/");
        }
        assertThat(second.header("X-Herald-Cache")).isEqualTo("hit");
        assertThat(second.body()).contains(title);
        assertThat(second.header("Cache-Control")).as("a browser keeps it no longer either").contains("max-age=")
                .doesNotContain("max-age=10,");
        assertThat(http.get("/fr/").body()).as("only in Spanish").doesNotContain(title);
        assertThat(JSON.readTree(http.get("/api/v1/highlights?lang=es").body()).get("items").toString())
                .contains(title);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 200);
        Response after = http.get("/es/");
        assertThat(after.body()).as("gone by the clock, with nothing written").doesNotContain(title);
        assertThat(JSON.readTree(http.get("/api/v1/highlights?lang=es").body()).get("items").toString())
                .doesNotContain(title);
    }

    @Test
    void pinsOfASectionPageShowInTheirOrderAndCanBeMovedAndRemoved() {
        UUID page = content.find(ContentType.PAGE, Language.EN, "who-we-are").orElseThrow().translationGroup();
        String place = Highlights.placeOf(page);
        long first = pin.pin(EDITOR, new NewHighlight(place, null, "https://example.org/a", "First link", null, null,
                null, null, Instant.now().minusSeconds(5), null));
        long second = pin.pin(EDITOR, new NewHighlight(place, "/en/news/" + RELEASE, null, null, null, null, null,
                null, Instant.now().minusSeconds(5), null));
        assertThat(titles("/en/who-we-are")).containsExactly("First link", RELEASE_TITLE);
        Element link = http.get("/en/who-we-are").document().selectFirst("main .highlights a[href=https://example.org/a]");
        assertThat(link).isNotNull();
        assertThat(link.parent().text()).contains("external site");
        move.move(EDITOR, second, -1);
        assertThat(titles("/en/who-we-are")).containsExactly(RELEASE_TITLE, "First link");
        JsonNode api = JSON.readTree(http.get("/api/v1/highlights?lang=ru&page=who-we-are").body());
        assertThat(api.get("items").get(0).get("external").asBoolean()).isFalse();
        UUID release = content.find(ContentType.ARTICLE, Language.EN, RELEASE).orElseThrow().translationGroup();
        assertThat(api.get("items").get(0).get("url").asString())
                .isEqualTo(content.inGroup(release, Language.RU).orElseThrow().path());
        assertThat(api.get("items").get(0).get("language").asString()).as("its Russian translation").isEqualTo("ru");
        assertThat(api.get("items").get(0).get("imageAlt").asString()).startsWith("Демонстрационное");
        assertThat(api.get("items").get(1).get("url").asString()).isEqualTo("https://example.org/a");
        unpin.unpin(EDITOR, first);
        unpin.unpin(EDITOR, second);
        assertThat(http.get("/en/who-we-are").document().select("main .highlights")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'highlight' AND entity_id = :id")
                .param("id", second).query(Integer.class).single()).as("pinned, moved, removed").isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM change_log WHERE entity = 'highlight' AND entity_id = :id")
                .param("id", second).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theBackOfficeRefusesAPinThatEndsBeforeItStartsAndOtherBadInputChangingNothing() {
        int before = count();
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusDays(1);
        Response backwards = post(Map.of("place", "home", "linkUrl", "https://example.org/x", "linkTitle", "X",
                "startsAt", start.toString(), "endsAt", start.minusHours(1).toString()));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.document().select("#endsAt-error").text()).isEqualTo("The end must come after the start.");
        assertThat(backwards.document().select("#endsAt").attr("aria-invalid")).isEqualTo("true");
        assertThat(backwards.document().select("#linkTitle").val()).as("what was typed is kept").isEqualTo("X");

        Response script = post(Map.of("place", "home", "linkUrl", "javascript:alert(1)", "linkTitle", "X",
                "startsAt", start.toString()));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.document().select("#linkUrl-error").text()).contains("https://");
        Response nothing = post(Map.of("place", "home", "startsAt", start.toString()));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.document().select("#item-error").text()).isNotBlank();
        Response unknown = post(Map.of("place", "home", "item", "/en/news/no-such-item", "startsAt", start.toString()));
        assertThat(unknown.document().select("#item-error").text()).isEqualTo("No published item has this address.");
        Response place = post(Map.of("place", UUID.randomUUID().toString(), "item", "/en/news/" + RELEASE,
                "startsAt", start.toString()));
        assertThat(place.document().select("#place-error").text()).isNotBlank();
        Response malformed = post(Map.of("place", "home", "item", "/en/news/" + RELEASE, "startsAt", "tomorrow"));
        assertThat(malformed.status()).isEqualTo(400);
        Response noAlt = post(Map.of("place", "home", "linkUrl", "https://example.org/x", "linkTitle", "X",
                "image", "/media/" + "a".repeat(32), "startsAt", start.toString()));
        assertThat(noAlt.document().select("#image-error").text()).isNotBlank();
        assertThat(count()).as("nothing stored").isEqualTo(before);
        assertThat(admin.post("/admin/highlights/999999/remove", Map.of("_csrf", admin.csrf("/admin/highlights")))
                .status()).isEqualTo(404);

        Response pinned = post(Map.of("place", "home", "item", "/en/news/" + RELEASE, "language", "zh",
                "startsAt", start.toString(), "endsAt", start.plusDays(1).toString()));
        assertThat(pinned.status()).isEqualTo(302);
        assertThat(count()).isEqualTo(before + 1);
        Document screen = admin.get("/admin/highlights").document();
        assertThat(screen.text()).contains("Not shown now", RELEASE_TITLE);
        long id = jdbc.sql("SELECT MAX(id) FROM highlight").query(Long.class).single();
        assertThat(admin.post("/admin/highlights/" + id + "/remove", Map.of("_csrf", admin.csrf("/admin/highlights")))
                .status()).isEqualTo(302);
        assertThat(count()).isEqualTo(before);
    }

    private Response post(Map<String, String> fields) {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("_csrf", admin.csrf("/admin/highlights"));
        return admin.post("/admin/highlights", form);
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM highlight").query(Integer.class).single();
    }

    private List<String> titles(String path) {
        return http.get(path).document().select("main .highlights li h3 a").eachText();
    }
}
