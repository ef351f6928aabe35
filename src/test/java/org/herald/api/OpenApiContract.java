package org.herald.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API and its OpenAPI 3.1 document cannot drift apart: real answers of every endpoint, the
 * failures included, are validated against the schema the document gives for their path,
 * method and status (JSON Schema 2020-12 in the OpenAPI 3.1 dialect, by networknt's
 * validator), and every path of the document is exercised. The reference page is served by
 * Herald and loads nothing from elsewhere. Run on H2 and on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCUMENT = "https://herald.invalid/api/v1/openapi.json";
    private static final String RELEASE = "iom-to-sign-mou-with-commonwealth-of-independent-states";

    /** A request and the path template of the document it answers to. */
    record Call(String template, String path, int status, String... headers) {
    }

    @LocalServerPort int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void everyEndpointAnswersAsTheDocumentSays() {
        Response served = http.get("/api/v1/openapi.json");
        assertThat(served.status()).isEqualTo(200);
        JsonNode document = JSON.readTree(served.body());
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Herald public API");
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, served.body())));

        List<Call> calls = List.of(
                new Call("/api/v1/articles", "/api/v1/articles", 200),
                new Call("/api/v1/articles", "/api/v1/articles?limit=1&country=by&kind=press-release", 200),
                new Call("/api/v1/articles", "/api/v1/articles?limit=500", 400),
                new Call("/api/v1/articles", "/api/v1/articles", 406, "Accept", "text/html"),
                new Call("/api/v1/articles", "/api/v1/articles", 401, "X-API-Key", "hk_unknown"),
                new Call("/api/v1/articles/{lang}/{slug}", "/api/v1/articles/en/" + RELEASE, 200),
                new Call("/api/v1/articles/{lang}/{slug}", "/api/v1/articles/en/no-such-article", 404),
                new Call("/api/v1/articles/{lang}/{slug}", "/api/v1/articles/xx/" + RELEASE, 400),
                new Call("/api/v1/pages/{lang}/{slug}", "/api/v1/pages/en/who-we-are", 200),
                new Call("/api/v1/pages/{lang}/{slug}", "/api/v1/pages/fr/who-we-are", 404),
                new Call("/api/v1/countries", "/api/v1/countries?lang=ar", 200),
                new Call("/api/v1/countries/{code}", "/api/v1/countries/by", 200),
                new Call("/api/v1/countries/{code}", "/api/v1/countries/aq", 200),
                new Call("/api/v1/countries/{code}", "/api/v1/countries/xx", 404),
                new Call("/api/v1/contacts", "/api/v1/contacts", 200),
                new Call("/api/v1/contacts", "/api/v1/contacts?country=qq", 400),
                new Call("/api/v1/menu", "/api/v1/menu?lang=ru", 200),
                new Call("/api/v1/goals", "/api/v1/goals?lang=ar", 200),
                new Call("/api/v1/goals", "/api/v1/goals?lang=xx", 400),
                new Call("/api/v1/goals/{number}", "/api/v1/goals/10", 200),
                new Call("/api/v1/goals/{number}", "/api/v1/goals/10?lang=zh&limit=1", 200),
                new Call("/api/v1/goals/{number}", "/api/v1/goals/18", 404),
                new Call("/api/v1/themes", "/api/v1/themes?lang=ar", 200),
                new Call("/api/v1/themes", "/api/v1/themes?lang=xx", 400),
                new Call("/api/v1/themes/{code}", "/api/v1/themes/migration-management", 200),
                new Call("/api/v1/themes/{code}", "/api/v1/themes/emergencies?lang=zh&limit=1", 200),
                new Call("/api/v1/themes/{code}", "/api/v1/themes/no-such-theme", 404),
                new Call("/api/v1/regions", "/api/v1/regions?lang=ru", 200),
                new Call("/api/v1/regions", "/api/v1/regions?lang=xx", 400),
                new Call("/api/v1/figures", "/api/v1/figures", 200),
                new Call("/api/v1/figures", "/api/v1/figures?country=by&lang=ar", 200),
                new Call("/api/v1/figures", "/api/v1/figures?year=2007", 200),
                new Call("/api/v1/figures", "/api/v1/figures?country=zz", 400),
                new Call("/api/v1/datasets", "/api/v1/datasets?lang=ar", 200),
                new Call("/api/v1/datasets", "/api/v1/datasets?country=by&year=2020", 200),
                new Call("/api/v1/datasets", "/api/v1/datasets?indicator=no-such-indicator", 400),
                new Call("/api/v1/indicators", "/api/v1/indicators?country=by&lang=zh", 200),
                new Call("/api/v1/indicators", "/api/v1/indicators?year=2020&limit=5", 200),
                new Call("/api/v1/indicators", "/api/v1/indicators?country=zz", 400),
                new Call("/api/v1/partners", "/api/v1/partners?lang=ar", 200),
                new Call("/api/v1/partners", "/api/v1/partners?lang=xx", 400),
                new Call("/api/v1/partners/{code}", "/api/v1/partners/cis", 200),
                new Call("/api/v1/partners/{code}", "/api/v1/partners/cis?lang=ru&limit=1", 200),
                new Call("/api/v1/partners/{code}", "/api/v1/partners/no-such-partner", 404),
                new Call("/api/v1/agreements", "/api/v1/agreements?lang=zh", 200),
                new Call("/api/v1/agreements", "/api/v1/agreements?colour=red", 400),
                new Call("/api/v1/highlights", "/api/v1/highlights?lang=ar", 200),
                new Call("/api/v1/highlights", "/api/v1/highlights?lang=en&page=who-we-are", 200),
                new Call("/api/v1/highlights", "/api/v1/highlights?lang=en&page=no-such-page", 404),
                new Call("/api/v1/highlights", "/api/v1/highlights?lang=xx", 400),
                new Call("/api/v1/vacancies", "/api/v1/vacancies?lang=ar", 200),
                new Call("/api/v1/vacancies", "/api/v1/vacancies?country=by&contract=fixed-term", 200),
                new Call("/api/v1/vacancies", "/api/v1/vacancies?contract=forever", 400));
        List<String> problems = new ArrayList<>();
        Set<String> answered = new TreeSet<>();
        for (Call call : calls) {
            Response response = http.get(call.path(), call.headers());
            if (response.status() != call.status()) {
                problems.add(call.path() + ": status " + response.status() + ", expected " + call.status());
                continue;
            }
            JsonNode described = document.path("paths").path(call.template()).path("get").path("responses")
                    .path(String.valueOf(call.status()));
            if (described.isMissingNode()) {
                problems.add(call.path() + ": the document has no " + call.status() + " for " + call.template());
                continue;
            }
            JsonNode schema = described.path("content").path("application/json").path("schema");
            String reference = schema.path("$ref").asString("");
            if (!reference.startsWith("#/components/schemas/")) {
                problems.add(call.path() + ": no named JSON schema for " + call.status() + " in the document");
                continue;
            }
            Schema validator = registry.getSchema(SchemaLocation.of(DOCUMENT + reference));
            List<Error> errors = validator.validate(JSON.readTree(response.body()));
            errors.forEach(error -> problems.add(call.path() + ": " + error));
            if (call.status() == 200) {
                answered.add(call.template());
            }
        }
        assertThat(problems).as("answers that do not match the document").isEmpty();
        Set<String> documented = new TreeSet<>(document.get("paths").propertyNames());
        assertThat(answered).as("every path of the document is exercised").isEqualTo(documented);
        assertThat(documented).contains("/api/v1/articles", "/api/v1/articles/{lang}/{slug}",
                "/api/v1/pages/{lang}/{slug}", "/api/v1/countries", "/api/v1/countries/{code}", "/api/v1/contacts",
                "/api/v1/menu", "/api/v1/goals", "/api/v1/goals/{number}", "/api/v1/themes", "/api/v1/themes/{code}",
                "/api/v1/regions", "/api/v1/figures", "/api/v1/partners", "/api/v1/partners/{code}", "/api/v1/agreements",
                "/api/v1/highlights", "/api/v1/datasets", "/api/v1/indicators", "/api/v1/vacancies");
    }

    @Test
    void theValidatorCatchesAnAnswerThatBreaksTheDocument() {
        Response served = http.get("/api/v1/openapi.json");
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, served.body())));
        Schema contacts = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/ContactList"));
        JsonNode real = JSON.readTree(http.get("/api/v1/contacts").body());
        assertThat(contacts.validate(real)).isEmpty();
        JsonNode broken = JSON.readTree(http.get("/api/v1/contacts").body()
                .replace("\"+375172882742\"", "\"0172 88 27 42\""));
        assertThat(contacts.validate(broken)).as("a phone number not in E.164").isNotEmpty();
    }

    @Test
    void theReferencePageIsServedByHeraldAndLoadsNothingFromElsewhere() {
        Response docs = http.get("/api/docs");
        assertThat(docs.status()).isEqualTo(302);
        Response page = http.get(docs.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        Document html = page.document();
        List<String> loaded = new ArrayList<>(html.select("script[src]").eachAttr("src"));
        loaded.addAll(html.select("link[href]").eachAttr("href"));
        assertThat(loaded).isNotEmpty().allSatisfy(src -> assertThat(src).doesNotContain("//"));
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self';", "style-src 'self' 'unsafe-inline'");
        assertThat(http.get("/api/v1/articles").header("Content-Security-Policy")).doesNotContain("unsafe-inline");
        String initializer = http.get(docs.location().replaceFirst("^https?://[^/]+", "")
                .replace("index.html", "swagger-initializer.js")).body();
        assertThat(initializer).doesNotContain("petstore").contains("/api/v1/openapi.json");
        JsonNode config = JSON.readTree(http.get("/api/v1/openapi.json/swagger-config").body());
        assertThat(config.get("url").asString()).isEqualTo("/api/v1/openapi.json");
    }
}
