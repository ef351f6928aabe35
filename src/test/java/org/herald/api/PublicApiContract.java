package org.herald.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public JSON API over real HTTP, as a client meets it: what each endpoint answers, paging
 * by cursor while others publish, trimming, conditional requests, CORS, bad input, fair use
 * and embargoes. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class PublicApiContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RELEASE = "iom-to-sign-mou-with-commonwealth-of-independent-states";
    private static final Actor EDITOR = Actor.system("api-test");

    @LocalServerPort int port;
    @Autowired SaveContent save;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired PublishContent publish;
    @Autowired SubmitForReview submit;
    @Autowired ApproveContent approve;
    @Autowired SchedulePublication schedule;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void articlesAreListedNewestFirstWithTheSitesFilters() {
        JsonNode all = json(http.get("/api/v1/articles?limit=100"));
        assertThat(slugs(all)).contains(RELEASE);
        JsonNode release = item(all, RELEASE);
        assertThat(release.get("releaseDate").isNull()).as("its date is unknown: not invented").isTrue();
        assertThat(release.get("releaseDateReason").asString()).isEqualTo("unknown");
        assertThat(release.get("kind").asString()).isEqualTo("press-release");
        assertThat(release.get("path").asString()).isEqualTo("/en/news/" + RELEASE);
        assertThat(slugs(json(http.get("/api/v1/articles?kind=press-release&limit=100")))).contains(RELEASE);
        assertThat(slugs(json(http.get("/api/v1/articles?kind=story&limit=100")))).doesNotContain(RELEASE);
        assertThat(slugs(json(http.get("/api/v1/articles?country=by&limit=100")))).contains(RELEASE);
        assertThat(slugs(json(http.get("/api/v1/articles?country=FR&limit=100")))).doesNotContain(RELEASE);
        assertThat(slugs(json(http.get("/api/v1/articles?year=2019&limit=100")))).doesNotContain(RELEASE);

        LocalDate newest = LocalDate.of(2099, 1, 2);
        String dated = published("Dated far ahead", newest, "BY");
        List<String> order = slugs(json(http.get("/api/v1/articles?limit=100")));
        assertThat(order.get(0)).isEqualTo(dated);
        assertThat(order.indexOf(dated)).isLessThan(order.indexOf(RELEASE));
        assertThat(slugs(json(http.get("/api/v1/articles?year=2099")))).contains(dated).doesNotContain(RELEASE);
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipWhileOthersArePublished() {
        String country = "IS";
        for (int i = 0; i < 5; i++) {
            published("Paged " + i, LocalDate.of(2030, 3, 1 + i % 2), country);
        }
        for (int i = 0; i < 3; i++) {
            published("Paged, date unknown " + i, null, country);
        }
        List<String> before = slugs(json(http.get("/api/v1/articles?country=is&limit=100")));
        assertThat(before).hasSize(8);

        List<String> seen = new ArrayList<>();
        JsonNode page = json(http.get("/api/v1/articles?country=is&limit=2"));
        seen.addAll(slugs(page));
        String newest = published("Published while paging", LocalDate.of(2031, 1, 1), country);
        while (!page.get("next").isNull()) {
            page = json(http.get(page.get("nextPath").asString()));
            seen.addAll(slugs(page));
        }
        assertThat(seen).as("every page after the first is where it was").containsExactlyElementsOf(before);
        assertThat(seen).doesNotContain(newest);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(slugs(json(http.get("/api/v1/articles?country=is&limit=2"))).get(0)).isEqualTo(newest);
    }

    @Test
    void anArticleHasItsTextCountriesContactsInE164AndTranslations() {
        JsonNode article = json(http.get("/api/v1/articles/en/" + RELEASE));
        assertThat(article.get("title").asString()).isEqualTo("IOM to Sign MoU with Commonwealth of Independent States");
        assertThat(article.get("releaseDate").isNull()).isTrue();
        assertThat(article.get("releaseDateReason").asString()).isEqualTo("unknown");
        assertThat(article.get("bodyHtml").asString()).contains("Memorandum of Understanding");
        assertThat(texts(article.get("countries"))).contains("BY", "RU", "UA");
        JsonNode contact = article.get("contacts").get(0);
        assertThat(contact.get("name").asString()).isEqualTo("Galina Desyatova");
        assertThat(contact.get("phones").get(0).get("e164").asString()).isEqualTo("+375172882742");
        assertThat(texts(contact.get("emails"))).containsExactly("gdesyatova@iom.org.by");
        assertThat(article.get("firstPublishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(article.get("translations").findValuesAsString("language")).contains("en");
    }

    @Test
    void pagesCountriesContactsAndTheMenuAnswerFromThePublishedSite() {
        JsonNode page = json(http.get("/api/v1/pages/en/who-we-are"));
        assertThat(page.get("title").asString()).isEqualTo("Who we are");
        assertThat(page.get("bodyHtml").asString()).contains("International Organization for Migration");

        JsonNode countries = json(http.get("/api/v1/countries?lang=fr"));
        JsonNode belarus = item(countries, "code", "BY");
        assertThat(belarus.get("name").asString()).isEqualTo("Biélorussie");
        assertThat(belarus.get("present").asBoolean()).isTrue();
        assertThat(countries.get("items").size()).isGreaterThan(240);

        JsonNode by = json(http.get("/api/v1/countries/by"));
        assertThat(by.get("offices").findValuesAsString("name")).contains("IOM Minsk");
        assertThat(by.get("contacts").findValuesAsString("name")).contains("Galina Desyatova");
        // The newest articles about the country, as its news filter lists them (other tests add Belarusian news too).
        List<String> newest = json(http.get("/api/v1/articles?lang=en&country=by&limit=100")).get("items")
                .findValuesAsString("slug");
        assertThat(newest).contains(RELEASE);
        assertThat(by.get("latestArticles").findValuesAsString("slug"))
                .containsExactlyElementsOf(newest.subList(0, Math.min(20, newest.size())));

        JsonNode contacts = json(http.get("/api/v1/contacts"));
        JsonNode galina = item(contacts, "name", "Galina Desyatova");
        assertThat(galina.get("office").get("name").asString()).isEqualTo("IOM Minsk");
        assertThat(galina.get("phones").findValuesAsString("e164")).containsExactly("+375172882742");
        assertThat(json(http.get("/api/v1/contacts?country=fr")).get("items").size()).isZero();

        JsonNode menu = json(http.get("/api/v1/menu"));
        assertThat(menu.get("items").findValuesAsString("label")).startsWith("Who we are", "Our Work", "What We Do");
        assertThat(menu.get("items").get(0).get("path").asString()).isEqualTo("/en/who-we-are");
    }

    @Test
    void fieldsTrimEveryItemToWhatWasAskedFor() {
        JsonNode trimmed = json(http.get("/api/v1/articles?fields=title,releaseDate&limit=100"));
        assertThat(trimmed.get("items").size()).isPositive();
        for (JsonNode item : trimmed.get("items")) {
            assertThat(item.propertyNames()).containsExactlyInAnyOrder("title", "releaseDate");
        }
        assertThat(trimmed.has("next")).as("the list's own fields stay").isTrue();
        JsonNode article = json(http.get("/api/v1/articles/en/" + RELEASE + "?fields=title"));
        assertThat(article.propertyNames()).containsExactly("title");
    }

    @Test
    void anUnchangedAnswerCostsA304AndAnyOriginMayReadIt() {
        Response first = http.get("/api/v1/articles", "Origin", "https://dashboard.example.org");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(first.header("Access-Control-Expose-Headers")).contains("ETag", "RateLimit-Remaining");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        Response again = http.get("/api/v1/articles", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(again.header("RateLimit-Remaining")).as("a 304 is counted and says so").isNotBlank();
        assertThat(first.header("Surrogate-Key")).contains("content_item:*");

        Response preflight = http.options("/api/v1/articles", "Origin", "https://dashboard.example.org",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-api-key");
    }

    @Test
    void badInputGetsA4xxWithAJsonReasonAndNeverA500() {
        Map<String, String> refusals = Map.ofEntries(
                Map.entry("/api/v1/articles?contry=by", "contry"),
                Map.entry("/api/v1/articles?cursor=not-a-cursor", "cursor"),
                Map.entry("/api/v1/articles?cursor=" + "A".repeat(600), "cursor"),
                Map.entry("/api/v1/articles?fields=", "fields"),
                Map.entry("/api/v1/articles?fields=nothing", "nothing"),
                Map.entry("/api/v1/articles?fields=,,", "fields"),
                Map.entry("/api/v1/articles?limit=101", "101"),
                Map.entry("/api/v1/articles?limit=0", "0"),
                Map.entry("/api/v1/articles?limit=ten", "ten"),
                Map.entry("/api/v1/articles?lang=de", "de"),
                Map.entry("/api/v1/articles?kind=rumour", "rumour"),
                Map.entry("/api/v1/articles?country=xx", "xx"),
                Map.entry("/api/v1/articles?year=12", "12"),
                Map.entry("/api/v1/articles/xx/" + RELEASE, "xx"),
                Map.entry("/api/v1/countries?lang=klingon", "klingon"),
                Map.entry("/api/v1/menu?lang=de", "de"),
                Map.entry("/api/v1/contacts?country=zz", "zz"),
                Map.entry("/api/v1/contacts?fields=title", "title"));
        refusals.forEach((path, named) -> {
            Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(json(response).get("error").asString()).as(path).contains(named);
        });

        String otherFilters = json(http.get("/api/v1/articles?limit=1")).get("next").asString();
        Response foreign = http.get("/api/v1/articles?limit=1&kind=news&cursor=" + otherFilters);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(json(foreign).get("error").asString()).contains("other filters");

        for (String path : List.of("/api/v1/articles/en/no-such-article", "/api/v1/pages/en/no-such-page",
                "/api/v1/countries/xx", "/api/v1/nothing-here", "/api/v1/articles/en")) {
            Response missing = http.get(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(json(missing).get("error").asString()).as(path).isNotBlank();
        }
        Response html = http.get("/api/v1/articles", "Accept", "text/html");
        assertThat(html.status()).isEqualTo(406);
        assertThat(json(html).get("error").asString()).contains("Accept");
        assertThat(http.get("/api/v1/articles", "Accept", "application/json;q=0").status()).isEqualTo(406);
        assertThat(http.get("/api/v1/articles", "Accept", "application/json, */*;q=0.1").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/articles", "Accept", "not a type").status()).isEqualTo(400);

        Response post = http.post("/api/v1/articles", Map.of("title", "x"));
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).contains("GET");
        assertThat(json(post).get("error").asString()).isNotBlank();
    }

    @Test
    void anonymousUseIsLimitedPerAddressWithATokenBucket() {
        Http client = new Http(port).always("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 250 + 1));
        Response first = client.get("/api/v1/menu");
        int limit = Integer.parseInt(first.header("RateLimit-Limit"));
        assertThat(Integer.parseInt(first.header("RateLimit-Remaining"))).isEqualTo(limit - 1);
        // The bucket refills as the requests go (limit per minute, a token at a time): a burst gets
        // the whole bucket, and a little more, then 429s.
        int allowed = 1;
        Response refused = first;
        while (allowed < limit * 2) {
            refused = client.get("/api/v1/menu");
            if (refused.status() != 200) {
                break;
            }
            allowed++;
        }
        assertThat(allowed).isBetween(limit, limit + limit / 2);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(json(refused).get("error").asString()).contains("Too many requests", String.valueOf(limit));
        assertThat(new Http(port).always("X-Forwarded-For", "203.0.113.9").get("/api/v1/menu").status())
                .as("another address has its own bucket").isEqualTo(200);
    }

    @Test
    void anAdministratorsKeyHasItsOwnLimitAndStopsWorkingWhenRevoked() {
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String name = "Dashboard " + UUID.randomUUID().toString().substring(0, 6);
        Response made = admin.post("/admin/api-keys", Map.of("_csrf", admin.csrf("/admin/api-keys"), "name", name,
                "perMinute", "3"));
        assertThat(made.status()).isEqualTo(200);
        String key = made.document().select("#new-key").val();
        assertThat(key).startsWith("hk_").hasSizeGreaterThan(40);
        assertThat(admin.get("/admin/api-keys").body()).as("shown once").doesNotContain(key).contains(name);

        Http partner = new Http(port).always("X-Forwarded-For", "192.0.2.77");
        for (int i = 0; i < 3; i++) {
            Response allowed = partner.get("/api/v1/menu", "X-API-Key", key);
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.header("RateLimit-Limit")).isEqualTo("3");
        }
        Response refused = partner.get("/api/v1/menu", "X-API-Key", key);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(partner.get("/api/v1/menu").status()).as("the address's own bucket is untouched").isEqualTo(200);

        Response bad = partner.get("/api/v1/menu", "X-API-Key", "hk_not-a-key");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(json(bad).get("error").asString()).contains("API key");

        String row = made.document().select("tr:contains(" + name + ") form").attr("action");
        assertThat(row).matches("/admin/api-keys/\\d+/revoke");
        assertThat(admin.post(row, Map.of("_csrf", admin.csrf("/admin/api-keys"))).status()).isEqualTo(302);
        assertThat(partner.get("/api/v1/menu", "X-API-Key", key).status()).isEqualTo(401);

        Response invalid = admin.post("/admin/api-keys", Map.of("_csrf", admin.csrf("/admin/api-keys"), "name", "",
                "perMinute", "many"));
        assertThat(invalid.status()).isEqualTo(400);
    }

    @Test
    void aKeyRevokedOnAnotherNodeStopsWorkingHereWithinASecond() throws InterruptedException {
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Response made = admin.post("/admin/api-keys", Map.of("_csrf", admin.csrf("/admin/api-keys"), "name",
                "Other node " + UUID.randomUUID().toString().substring(0, 6), "perMinute", "100"));
        String key = made.document().select("#new-key").val();
        Http partner = new Http(port).always("X-Forwarded-For", "192.0.2.78");
        assertThat(partner.get("/api/v1/menu", "X-API-Key", key).status()).as("known, and remembered").isEqualTo(200);

        // What another node's revocation leaves in the shared database: the key's row, and its change-log entry.
        long id = jdbc.sql("SELECT id FROM api_key WHERE key_prefix = :prefix").param("prefix", key.substring(0, 10))
                .query(Long.class).single();
        jdbc.sql("UPDATE api_key SET revoked_at = CURRENT_TIMESTAMP WHERE id = :id").param("id", id).update();
        jdbc.sql("""
                INSERT INTO change_log (entity, entity_id, language, action, changed_at)
                VALUES ('api_key', :id, NULL, 'revoked', CURRENT_TIMESTAMP)
                """).param("id", id).update();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(1).toNanos();
        int status = partner.get("/api/v1/menu", "X-API-Key", key).status();
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            status = partner.get("/api/v1/menu", "X-API-Key", key).status();
        }
        assertThat(status).as("refused within a second, not the 30 s the node may remember a key").isEqualTo(401);
    }

    @Test
    void anEmbargoedReleaseIsInNoEndpointUntilItIsPublishedThenInAll() throws InterruptedException {
        String slug = "api-embargo-" + UUID.randomUUID().toString().substring(0, 8);
        long id = save.create(EDITOR, draft("Embargoed API release", slug, LocalDate.of(2098, 5, 4), "BY"), null);
        submit.submit(EDITOR, id, null);
        approve.approve(EDITOR, id, null);
        Instant embargo = Instant.now().plusSeconds(6);
        schedule.schedule(EDITOR, id, embargo, null);
        List<String> paths = List.of("/api/v1/articles?limit=100", "/api/v1/articles?country=by&limit=100",
                "/api/v1/articles?year=2098", "/api/v1/countries/by", "/api/v1/articles/en/" + slug);
        for (String path : paths) {
            Response response = http.get(path);
            if (Instant.now().isBefore(embargo)) { // on a machine slow enough, the embargo may be over by now
                assertThat(response.body()).as(path).doesNotContain(slug).doesNotContain("Embargoed API release");
            }
        }
        Response before = http.get("/api/v1/articles/en/" + slug);
        if (Instant.now().isBefore(embargo)) {
            assertThat(before.status()).isEqualTo(404);
        }

        long deadline = System.currentTimeMillis() + 20_000;
        while (http.get("/api/v1/articles/en/" + slug).status() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(http.get("/api/v1/articles/en/" + slug).status()).as("published by the scheduler").isEqualTo(200);
        for (String path : paths) {
            assertThat(http.get(path).body()).as(path).contains(slug);
        }
    }

    /** Publishes an English news article about a country; its slug. */
    String published(String title, LocalDate date, String country) {
        String slug = "api-" + UUID.randomUUID().toString().substring(0, 8);
        publish.publishNew(EDITOR, draft(title, slug, date, country));
        return slug;
    }

    static ContentDraft draft(String title, String slug, LocalDate date, String country) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, title, slug, "A summary.",
                "Some text for the API.", date, false, null, null, null, PageLayout.STANDARD, false,
                List.of(country), List.of(), List.of(), List.of());
    }

    static JsonNode json(Response response) {
        return JSON.readTree(response.body());
    }

    static List<String> slugs(JsonNode list) {
        return list.get("items").findValuesAsString("slug");
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    static JsonNode item(JsonNode list, String slug) {
        return item(list, "slug", slug);
    }

    static JsonNode item(JsonNode list, String field, String value) {
        for (JsonNode item : list.get("items")) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value);
    }
}
