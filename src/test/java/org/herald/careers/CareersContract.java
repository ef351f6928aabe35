package org.herald.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.ContentValidationException;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Work with us as readers, editors and API clients meet it, over real HTTP: a vacancy is listed,
 * in its feed, in the API, on its country's page and described for job search engines while it is
 * open, and leaves all of them the moment its closing time passes, cached answers included, while
 * its page stays, marked closed; the editor refuses terms that close before they open or name a
 * duty station the places module does not know; a fresh start shows the demonstration vacancy.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class CareersContract {

    private static final Actor EDITOR = Actor.system("careers-test");

    @LocalServerPort int port;
    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String terms(String reference, String station, Instant opens, Instant closes) {
        return String.join("\n", "reference = " + reference, "grade = P-3", "duty-station = " + station,
                "contract = consultancy", "duration = 6 months", "languages = en, fr", "opens = " + opens,
                "closes = " + closes, "apply = https://jobs.example.org/" + reference);
    }

    static ContentDraft vacancy(String title, String slug) {
        return new ContentDraft(ContentType.VACANCY, null, Language.EN, title, slug, "A vacancy.",
                "What the post holder does.", null, false, null, null, null, PageLayout.STANDARD, false, List.of(),
                List.of());
    }

    @Test
    void aVacancyLeavesTheListTheFeedTheApiAndItsJsonLdWhenTheClockPassesItsClosingTime() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Closing officer " + suffix;
        String slug = "closing-officer-" + suffix;
        Instant closes = Instant.now().plusSeconds(7);
        publish.publish(EDITOR, save.create(EDITOR, vacancy(title, slug), null,
                Map.of("vacancy", terms("VN-" + suffix, "Yerevan, AM", Instant.now().minus(1, ChronoUnit.HOURS), closes))));
        List<String> lists = List.of("/en/vacancies", "/en/vacancies?country=AM&contract=consultancy&language=fr",
                "/en/search?q=" + suffix,
                "/en/feeds/vacancies.atom", "/en/feeds/vacancies.json?city=Yerevan", "/api/v1/vacancies?lang=ru",
                "/en/countries/am");
        long indexed = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (!http.get("/en/search?q=" + suffix).body().contains(title) && System.nanoTime() < indexed) {
            Thread.sleep(100);
        }
        for (int twice = 0; twice < 2; twice++) {
            for (String path : lists) {
                Response open = http.get(path);
                assertThat(open.status()).as(path).isEqualTo(200);
                assertThat(open.body()).as(path).contains(title);
            }
        }
        assertThat(http.get("/en/vacancies?country=BY").body()).doesNotContain(title);
        assertThat(http.get("/en/vacancies?contract=internship").body()).doesNotContain(title);
        Response page = http.get("/en/vacancies/" + slug);
        assertThat(page.body()).contains("\"JobPosting\"", "VN-" + suffix, "Yerevan")
                .doesNotContain("noindex");
        assertThat(page.document().select("a.button").attr("href")).isEqualTo("https://jobs.example.org/VN-" + suffix);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 200);

        for (String path : lists) {
            Response closed = http.get(path);
            assertThat(closed.status()).as(path).isEqualTo(200);
            assertThat(closed.body()).as(path + " after closing").doesNotContain(title);
        }
        Response stays = http.get("/en/vacancies/" + slug);
        assertThat(stays.status()).as("its page stays for old links").isEqualTo(200);
        assertThat(stays.document().select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(stays.mainText()).contains("This vacancy is closed");
        assertThat(stays.body()).doesNotContain("\"JobPosting\"");
        assertThat(stays.document().select("main a.button")).as("no apply button").isEmpty();
    }

    @Test
    void theEditorRefusesAClosingBeforeTheOpeningAndADutyStationThePlacesModuleDoesNotKnow() {
        Instant opens = Instant.parse("2027-03-01T09:00:00Z");
        assertThatThrownBy(() -> save.create(EDITOR, vacancy("Backwards", "backwards-" + UUID.randomUUID()), null,
                Map.of("vacancy", terms("VN-B", "Minsk, BY", opens, opens.minus(1, ChronoUnit.DAYS)))))
                .isInstanceOfSatisfying(ContentValidationException.class, refused -> assertThat(refused.errors())
                        .containsEntry("vacancy", "error.vacancy.closes-before-opens"));
        assertThatThrownBy(() -> save.create(EDITOR, vacancy("Nowhere", "nowhere-" + UUID.randomUUID()), null,
                Map.of("vacancy", terms("VN-N", "Atlantis, QQ", opens, opens.plus(9, ChronoUnit.DAYS)))))
                .isInstanceOfSatisfying(ContentValidationException.class, refused -> assertThat(refused.errors())
                        .containsEntry("vacancy", "error.vacancy.duty-station"));
        assertThat(http.get("/en/vacancies?contract=forever").status()).isEqualTo(400);

        Http editor = new Http(port);
        editor.login(org.herald.support.TestAdmin.USERNAME, org.herald.support.TestAdmin.PASSWORD);
        org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) editor.get("/admin/content/new?type=vacancy")
                .document().select("form.editor").first();
        assertThat(form.select("textarea[name=vacancy]")).as("the terms field, for vacancies only").hasSize(1);
        assertThat(editor.get("/admin/content/new?type=page").body()).doesNotContain("name=\"vacancy\"");
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        form.formData().forEach(pair -> fields.put(pair.key(), pair.value()));
        fields.put("title", "Backwards in the editor");
        fields.put("slug", "backwards-editor-" + UUID.randomUUID().toString().substring(0, 8));
        fields.put("vacancy", terms("VN-E", "Minsk, BY", opens, opens.minus(1, ChronoUnit.HOURS)));
        Response refused = editor.post("/admin/content", fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#vacancy-error").text())
                .isEqualTo("The closing date and time must come after the opening.");
        assertThat(http.get("/api/v1/vacancies?colour=red").status()).isEqualTo(400);
    }

    @Test
    void aFreshStartShowsTheDemonstrationVacancyInMinskOnWorkWithUsClosingThirtyDaysLater() {
        Response section = http.get("/en/work-with-us");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.mainText()).contains("Programme Assistant (demonstration), Minsk",
                "Demonstration: written by the Herald team", "Minsk, Belarus");
        String api = http.get("/api/v1/vacancies?country=BY").body();
        assertThat(api).contains("DEMO-2026-001", "\"demonstration\":true", "Europe/Minsk");
        Response arabic = http.get("/ar/vacancies/demonstration-programme-assistant-minsk");
        assertThat(arabic.status()).isEqualTo(200);
        assertThat(arabic.document().select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.mainText()).contains("مركز العمل");
    }
}
