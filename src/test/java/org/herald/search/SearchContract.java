package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.herald.accounts.Actor;
import org.herald.accounts.Role;
import org.herald.content.ApproveContent;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.SchedulePublication;
import org.herald.content.SubmitForReview;
import org.herald.content.UnpublishContent;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Search over real HTTP, kept current by the change log: what is published is found within
 * seconds, what is unpublished disappears, what is embargoed or a draft is never found; the page
 * and the API answer bad input with 400 and a reason. Run on H2 and on PostgreSQL, once the node
 * has built its first index.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class SearchContract {

    static final Actor EDITOR = new Actor(null, "search-editor", Role.EDITOR, "127.0.0.1");
    static final Duration WITHIN = Duration.ofSeconds(10);
    /** How long a node may take to build its first index, during which search answers 503. */
    static final Duration BUILT_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired UnpublishContent unpublish;
    @Autowired SubmitForReview submit;
    @Autowired ApproveContent approve;
    @Autowired SchedulePublication schedule;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.herald.people.Directory directory;
    @Autowired ReindexCommand reindex;
    @Autowired SearchIndex index;

    @BeforeEach
    void awaitTheFirstIndex() {
        assertThat(onceBuilt(new Http(port), "/en/search").status()).as("the index is built").isEqualTo(200);
    }

    @Test
    void publishedIsFoundUnpublishedIsGoneAndEmbargoedOrDraftIsNeverFound() {
        String word = uniqueWord();
        long id = save.create(EDITOR, article(Language.EN, "Harvest " + word + " report", "The " + word
                + " harvest fed twelve villages."), null);
        String embargoed = uniqueWord();
        long scheduled = save.create(EDITOR, article(Language.EN, "Embargoed " + embargoed, "Secret " + embargoed), null);
        submit.submit(EDITOR, scheduled, null);
        approve.approve(EDITOR, scheduled, null);
        // Far beyond every instant the other back-office tests hand the scheduler (they share this context).
        schedule.schedule(EDITOR, scheduled, Instant.parse("2040-01-01T00:00:00Z"), null);
        String draft = uniqueWord();
        save.create(EDITOR, article(Language.EN, "Draft " + draft, "Unfinished " + draft), null);

        publish.publish(EDITOR, id);
        JsonNode found = await(word, results -> results.size() == 1);
        assertThat(found.get(0).get("title").asText()).isEqualTo("Harvest " + word + " report");
        assertThat(found.get(0).get("url").asText()).startsWith("/en/news/");
        assertThat(found.get(0).get("snippet").asText()).contains("<mark>" + word + "</mark>");

        unpublish.unpublish(EDITOR, id);
        await(word, JsonNode::isEmpty);
        publish.publish(EDITOR, save.create(EDITOR, article(Language.EN, "Marker " + uniqueWord(), "x"), null));
        String marker = uniqueWord();
        publish.publish(EDITOR, save.create(EDITOR, article(Language.EN, "Later " + marker, "y"), null));
        await(marker, results -> results.size() == 1);
        assertThat(api("/api/v1/search?q=" + embargoed).get("total").asLong()).as("embargoed").isZero();
        assertThat(api("/api/v1/search?q=" + draft).get("total").asLong()).as("draft").isZero();
        assertThat(new Http(port).get("/en/search?q=" + embargoed).body()).doesNotContain("Embargoed " + embargoed);
    }

    /**
     * Change-log numbers are taken when a transaction writes, not when it commits: a publish
     * that takes its number first and commits last must still be found, though the index has
     * read past its number in the meantime.
     */
    @Test
    void aPublicationThatCommitsAfterALaterOneIsStillFound() {
        String late = uniqueWord();
        String early = uniqueWord();
        long first = save.create(EDITOR, article(Language.EN, "Slow " + late, "Committed last."), null);
        long second = save.create(EDITOR, article(Language.EN, "Quick " + early, "Committed first."), null);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            publish.publish(EDITOR, first);
            Thread other = new Thread(() -> publish.publish(EDITOR, second));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            await(early, results -> results.size() == 1);
        });
        await(late, results -> results.size() == 1);
    }

    /**
     * {@code reindex} run twice while the node answers (in the node's own process here; with two
     * processes in {@code SearchNodesIntegrationTests}): every search is answered in full, and after
     * each run only the new generation is left on disk, and for a moment those the node leaves.
     */
    @Test
    void reindexingTwiceLeavesOnlyTheGenerationInUseAndTheNodeAnswersThroughout() throws InterruptedException {
        String word = uniqueWord();
        publish.publish(EDITOR, save.create(EDITOR, article(Language.EN, "Rebuilt " + word, "z"), null));
        await(word, results -> results.size() == 1);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Http.Response response = new Http(port).get("/api/v1/search?q=" + word);
                boolean found = response.status() == 200 && json(response.body()).get("total").asLong() == 1;
                (found ? answered : failed).incrementAndGet();
            }
        });
        reader.start();
        try {
            for (int run = 0; run < 2; run++) {
                assertThat(reindex.run(List.of())).isZero();
                // The node may not have taken up the previous run's generation yet (it looks every 300 ms),
                // so it may still hold the one before: at most the new one, and the two the node may hold.
                assertThat(index.generations()).as("after reindex number " + (run + 1)).contains(index.pointed())
                        .hasSizeLessThanOrEqualTo(3);
            }
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (index.generations().size() > 1 && System.nanoTime() < deadline) {
                sleep();
            }
            assertThat(index.generations()).containsExactly(index.pointed());
        } finally {
            reader.interrupt();
            reader.join();
        }
        assertThat(failed.get()).as("searches that failed or missed during the reindexes").isZero();
        assertThat(answered.get()).isPositive();
    }

    @Test
    void aContactAddedToTheDirectoryIsFoundWithinSeconds() {
        String surname = uniqueWord();
        directory.findOrCreate(new org.herald.people.NewContact("Anna " + surname, "Media officer", "IOM Minsk", "Minsk",
                "BY", List.of(), List.of(surname.toLowerCase(java.util.Locale.ROOT) + "@example.org")));
        JsonNode found = await(surname, results -> results.size() == 1);
        assertThat(found.get(0).get("type").asText()).isEqualTo("contact");
        assertThat(found.get(0).get("title").asText()).isEqualTo("Anna " + surname);
    }

    @Test
    void theSearchPageListsResultsWithFacetLinksAndWorksInEveryLanguage() {
        String word = uniqueWord();
        long english = save.create(EDITOR, article(Language.EN, "Clinic " + word, "A " + word + " clinic opened."), null);
        publish.publish(EDITOR, english);
        long french = save.create(EDITOR, article(Language.FR, "Clinique " + word, "Une clinique " + word
                + " a ouvert ses portes."), null);
        publish.publish(EDITOR, french);
        await(word, results -> results.size() == 2);

        Http reader = new Http(port);
        Document page = reader.get("/fr/search?q=" + word).document();
        assertThat(page.select("h1").text()).isEqualTo("Recherche");
        assertThat(page.select("ol.results > li")).hasSize(2);
        assertThat(page.select(".facet a").eachText()).anyMatch(text -> text.contains("Français"));
        String languageLink = page.select(".facet a[href*=language=fr]").attr("href");
        Document filtered = reader.get(languageLink).document();
        assertThat(filtered.select("ol.results > li")).hasSize(1);
        assertThat(filtered.select("ol.results h3").text()).isEqualTo("Clinique " + word);
        assertThat(filtered.select(".facet a[aria-current=true]").text()).contains("Français");
        assertThat(page.select(".facet a").eachText()).as("each theme by its name in the reader's language")
                .anyMatch(text -> text.startsWith("Migration de main-d’œuvre"))
                .anyMatch(text -> text.startsWith("Migration et santé"))
                .noneMatch(text -> text.startsWith("labour-migration")).noneMatch(text -> text.startsWith("migration-health"));
        assertThat(filtered.select(".facet a").eachText()).as("the other language stays on offer")
                .anyMatch(text -> text.contains("English"));
        assertThat(api("/api/v1/search?theme=migration-health&q=" + word).get("total").asLong()).isEqualTo(2);
        assertThat(api("/api/v1/search?theme=no-such-theme&q=" + word).get("total").asLong()).isZero();
        assertThat(reader.get("/en/search").document().select("ol.results > li")).as("an empty query lists the newest")
                .isNotEmpty();
        assertThat(reader.get("/en/").document().select("header form[role=search] input[name=q]")).hasSize(1);
    }

    @Test
    void badInputIsA400WithTheReasonAndNeverAFailure() {
        Http reader = new Http(port);
        assertThat(reader.get("/en/search?q=" + "a".repeat(1001)).status()).isEqualTo(400);
        Http.Response tooMany = reader.get("/api/v1/search?q=" + "w+".repeat(51));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.header("Content-Type")).contains("application/json");
        assertThat(json(tooMany.body()).get("error").asText()).contains("50");
        Http.Response fuzzy = reader.get("/api/v1/search?q=" + "migration~2+".repeat(49));
        assertThat(fuzzy.status()).isEqualTo(400);
        assertThat(json(fuzzy.body()).get("error").asText())
                .isEqualTo("The search has too many words with * or ~: use at most 5.");
        assertThat(json(reader.get("/api/v1/search?q=a*").body()).get("error").asText())
                .isEqualTo("Put at least 3 letters before * or ? (as in migra*).");
        Http.Response page = reader.get("/fr/search?q=mig*+gov*+pro*+par*+dev*+inf*");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.document().select("main").text()).contains("La recherche compte trop de mots avec * ou ~ : 5 au plus.");
        assertThat(reader.get("/api/v1/search?q=migration~+press*+%2Awho").status()).as("within the limits").isEqualTo(200);
        assertThat(reader.get("/api/v1/search?from=yesterday").status()).isEqualTo(400);
        assertThat(reader.get("/api/v1/search?sort=sideways").status()).isEqualTo(400);
        assertThat(reader.get("/api/v1/search?page=abc").status()).isEqualTo(400);
        assertThat(reader.get("/en/search?page=0").status()).isEqualTo(400);
        for (String odd : List.of("%22unclosed", "%28%28%28", "AND", "*", "-", "%5B1+TO", "~", "a:b:c", "%5C")) {
            assertThat(reader.get("/en/search?q=" + odd).status()).as(odd).isEqualTo(200);
            assertThat(reader.get("/api/v1/search?q=" + odd).status()).as(odd).isEqualTo(200);
        }
        JsonNode unknown = api("/api/v1/search?kind=no-such-kind&country=zz");
        assertThat(unknown.get("total").asLong()).isZero();
        assertThat(unknown.get("partial").asBoolean()).as("a search within its time budget is complete").isFalse();
        JsonNode far = api("/api/v1/search?page=99999");
        assertThat(far.get("results")).isEmpty();
        assertThat(far.get("total").asLong()).isPositive();
        assertThat(api("/api/v1/search?q=who+we+are&lang=fr").get("facets").has("kind")).isTrue();
    }

    @Test
    void titlesAreSuggestedAsOneTypes() {
        String word = uniqueWord();
        publish.publish(EDITOR, save.create(EDITOR, article(Language.EN, "Observatory " + word + " launched", "z"),
                null));
        await(word, results -> results.size() == 1);
        JsonNode suggestions = api("/api/v1/search/suggest?lang=en&q=observatory+" + word.substring(0, 4))
                .get("suggestions");
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).get("title").asText()).isEqualTo("Observatory " + word + " launched");
    }

    JsonNode await(String word, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        JsonNode results = null;
        while (System.nanoTime() < deadline) {
            results = api("/api/v1/search?q=" + word).get("results");
            if (condition.test(results)) {
                return results;
            }
            sleep();
        }
        throw new AssertionError("search for " + word + " did not reach the expected state: " + results);
    }

    /** The answer to {@code path} once the node has built its first index (503 until then). */
    static Http.Response onceBuilt(Http reader, String path) {
        long deadline = System.nanoTime() + BUILT_WITHIN.toNanos();
        Http.Response response = reader.get(path);
        while (response.status() == 503 && System.nanoTime() < deadline) {
            sleep();
            response = reader.get(path);
        }
        return response;
    }

    JsonNode api(String path) {
        Http.Response response = new Http(port).get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response.body());
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    static ContentDraft article(Language language, String title, String body) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, language, title,
                "s-" + uniqueWord(), null, body, null, true, null, null, null, PageLayout.STANDARD, false,
                List.of("BY"), List.of()).withTags(List.of("migration-health", "labour-migration"), List.of());
    }

    /** A word no other document has: letters only, so every analyzer keeps it whole. */
    static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
