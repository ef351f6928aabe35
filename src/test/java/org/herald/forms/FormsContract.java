package org.herald.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Forms as the public and the back office meet them, over real HTTP: a submission with errors
 * comes back with each error beside its field in the form's language and the input kept; a bot
 * (honeypot filled, sent too fast) is refused without a reason and nothing is stored; a taken
 * submission queues its notification; the retention job deletes what has expired when the clock
 * passes it; the CSV export writes formula-like cells as text; an administrator erases one
 * person's submissions. Each test comes from an address of its own (X-Forwarded-For), so the limit
 * per address counts only its own. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class FormsContract {

    private static final Actor EDITOR = Actor.system("forms-test");

    @LocalServerPort int port;
    @Autowired SaveForm save;
    @Autowired FormRetention retention;
    @Autowired JdbcClient jdbc;

    /** A form of its own for a test: a name, an e-mail, a phone, a choice, a consent; French texts too. */
    String newForm(int minSeconds, int retentionDays) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        save.create(EDITOR, slug, """
                {"office": "office@example.org", "retentionDays": %d, "minSeconds": %d, "original": "en",
                 "text": {"en": {"title": "Test form", "intro": "For tests.", "thanks": "Got it."},
                          "fr": {"title": "Formulaire de test", "intro": "Pour les tests.", "thanks": "Reçu."}},
                 "fields": [
                  {"name": "name", "kind": "text", "required": true, "text": {"en": {"label": "Name"}, "fr": {"label": "Nom"}}},
                  {"name": "email", "kind": "email", "required": true, "text": {"en": {"label": "E-mail"}, "fr": {"label": "Courriel"}}},
                  {"name": "phone", "kind": "phone", "required": false, "text": {"en": {"label": "Phone"}, "fr": {"label": "Téléphone"}}},
                  {"name": "topic", "kind": "choice", "required": true, "choices": ["a", "b"],
                   "text": {"en": {"label": "Topic", "choices": ["Apples", "Pears"]}, "fr": {"label": "Sujet", "choices": ["Pommes", "Poires"]}}},
                  {"name": "consent", "kind": "consent", "required": true, "text": {"en": {"label": "I agree"}, "fr": {"label": "J'accepte"}}}
                 ]}
                """.formatted(retentionDays, minSeconds));
        return slug;
    }

    static Http from(int port, String address) {
        return new Http(port).always("X-Forwarded-For", address);
    }

    /** The form's fields as a person fills them, with the stamp of the page just read. */
    static Map<String, Object> filled(Http http, String path, String email) {
        Document page = http.get(path).document();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("stamp", page.select("input[name=stamp]").attr("value"));
        form.put("website", "");
        form.put("name", "Ada");
        form.put("email", email);
        form.put("phone", "+375 17 288 27 42");
        form.put("topic", "a");
        form.put("consent", "yes");
        return form;
    }

    int stored(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM form_submission s JOIN form f ON f.id = s.form_id WHERE f.slug = :slug")
                .param("slug", slug).query(Integer.class).single();
    }

    @Test
    void badInputComesBackWithEachErrorBesideItsFieldInTheFormsLanguageAndTheInputKept() {
        String slug = newForm(0, 30);
        Http http = from(port, "203.0.113.11");
        Map<String, Object> form = filled(http, "/fr/forms/" + slug, "not-an-address");
        form.put("name", "");
        form.put("phone", "12");
        form.put("topic", "plums");
        form.remove("consent");
        Response refused = http.post("/fr/forms/" + slug, form);
        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select("#name-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#email-error").text()).startsWith("Écrivez une adresse électronique valide");
        assertThat(page.select("#phone-error").text()).startsWith("Écrivez un numéro de téléphone valide");
        assertThat(page.select("#topic-error").text()).isEqualTo("Choisissez l'une des réponses proposées.");
        assertThat(page.select("#consent-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#f-email").attr("value")).as("input kept").isEqualTo("not-an-address");
        assertThat(page.select("#f-phone").attr("aria-invalid")).isEqualTo("true");
        assertThat(stored(slug)).isZero();

        Response taken = http.post("/fr/forms/" + slug, filled(http, "/fr/forms/" + slug, "Ada@Example.org"));
        assertThat(taken.status()).isEqualTo(302);
        assertThat(taken.location()).endsWith("/fr/forms/" + slug + "/thanks");
        assertThat(http.get("/fr/forms/" + slug + "/thanks").body()).contains("Reçu.");
        Map<String, Object> row = jdbc.sql("""
                SELECT s.language, s.email, s.values_json, n.recipient AS to_address FROM form_submission s
                JOIN form f ON f.id = s.form_id
                JOIN outbox_message n ON n.idempotency_key = CONCAT('form-submission-', CAST(s.id AS VARCHAR(20)))
                WHERE f.slug = :slug
                """).param("slug", slug).query().singleRow();
        assertThat(row.get("language").toString().trim()).isEqualTo("fr");
        assertThat(row.get("email")).isEqualTo("ada@example.org");
        assertThat(row.get("values_json").toString()).contains("+375172882742");
        assertThat(row.get("to_address")).isEqualTo("office@example.org");
    }

    @Test
    void aFilledHoneypotOrASubmissionFasterThanTheMinimumIsRefusedWithoutAReasonAndNothingIsStored() {
        String slow = newForm(600, 30);
        Http http = from(port, "203.0.113.12");
        Response tooFast = http.post("/en/forms/" + slow, filled(http, "/en/forms/" + slow, "ada@example.org"));
        assertThat(tooFast.status()).isEqualTo(400);
        assertThat(tooFast.document().select("main article").text()).isEqualTo("Not sent Your submission could not be accepted.");
        String quick = newForm(0, 30);
        Map<String, Object> bot = filled(http, "/en/forms/" + quick, "ada@example.org");
        bot.put("website", "https://spam.example");
        Response honeypot = http.post("/en/forms/" + quick, bot);
        assertThat(honeypot.status()).isEqualTo(400);
        assertThat(honeypot.document().select("main article").text()).as("the same answer: no reason given")
                .isEqualTo(tooFast.document().select("main article").text());
        Map<String, Object> forged = filled(http, "/en/forms/" + quick, "ada@example.org");
        forged.put("stamp", "1.00");
        assertThat(http.post("/en/forms/" + quick, forged).status()).isEqualTo(400);
        assertThat(stored(slow)).isZero();
        assertThat(stored(quick)).isZero();
        assertThat(http.post("/en/forms/" + quick, Map.of("name", "x".repeat(40_000))).status()).isEqualTo(413);
    }

    @Test
    void theRetentionJobDeletesSubmissionsOnceTheClockPassesTheirFormsRetentionPeriod() {
        String shortLived = newForm(0, 30);
        String longLived = newForm(0, 365);
        Http http = from(port, "203.0.113.13");
        for (String slug : List.of(shortLived, longLived)) {
            assertThat(http.post("/en/forms/" + slug, filled(http, "/en/forms/" + slug, "kept@example.org")).status())
                    .isEqualTo(302);
        }
        retention.deleteExpired(Instant.now().plus(Duration.ofDays(29)));
        assertThat(stored(shortLived)).as("not yet expired").isEqualTo(1);
        retention.deleteExpired(Instant.now().plus(Duration.ofDays(31)));
        assertThat(stored(shortLived)).as("past 30 days").isZero();
        assertThat(stored(longLived)).as("kept a year").isEqualTo(1);
    }

    @Test
    void theExportWritesFormulaLikeCellsAsTextAndAnAdministratorErasesOnePersonsSubmissions() {
        String slug = newForm(0, 30);
        Http http = from(port, "203.0.113.14");
        Map<String, Object> form = filled(http, "/en/forms/" + slug, "erase-me@example.org");
        form.put("name", "=HYPERLINK(\"http://evil.example\")");
        assertThat(http.post("/en/forms/" + slug, form).status()).isEqualTo(302);
        for (String name : List.of("+1+1", "-2", "@SUM(A1)")) {
            Map<String, Object> more = filled(http, "/en/forms/" + slug, "other@example.org");
            more.put("name", name);
            assertThat(http.post("/en/forms/" + slug, more).status()).isEqualTo(302);
        }
        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        assertThat(admin.get("/admin/forms/" + slug + "/submissions").body()).contains("erase-me@example.org");
        Response csv = admin.get("/admin/forms/" + slug + "/submissions.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\"Name\",\"E-mail\",\"Phone\",\"Topic\",\"I agree\",\"language\",\"submitted_at\"")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", "\"'+1+1\"", "\"'-2\"", "\"'@SUM(A1)\"",
                        "\"'+375172882742\"");
        Response erased = admin.post("/admin/forms/erase", Map.of("email", "Erase-Me@example.org",
                "_csrf", admin.csrf("/admin/forms")));
        assertThat(erased.status()).isEqualTo(302);
        assertThat(stored(slug)).isEqualTo(3);
        assertThat(admin.get("/admin/forms/" + slug + "/submissions").body()).doesNotContain("erase-me@example.org");
    }
}
