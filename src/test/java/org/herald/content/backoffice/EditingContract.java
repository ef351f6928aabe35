package org.herald.content.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestUsers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Several people on one item, over real HTTP: two saves of the same version at the same moment
 * (exactly one wins, the other gets the merge screen), who else has the item open, comparing
 * and restoring revisions, previewing without saving. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class EditingContract {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    TestUsers users;
    String firstName;
    String secondName;
    Http first;
    Http second;

    @BeforeEach
    void twoEditors() {
        users = new TestUsers(jdbc, passwords);
        firstName = users.create("ana", "EDITOR");
        secondName = users.create("ben", "EDITOR");
        first = new Http(port);
        first.login(firstName, TestUsers.PASSWORD);
        second = new Http(port);
        second.login(secondName, TestUsers.PASSWORD);
    }

    @Test
    void twoEditorsSavingTheSameVersionAtOnceExactlyOneWinsAndTheOtherIsShownTheDifference() throws Exception {
        String path = create(first, "Concurrent edits", "The original text.");
        Document a = first.get(path).document();
        Document b = second.get(path).document();
        Map<String, Object> formA = form(a, "Ana's version of the text.");
        Map<String, Object> formB = form(b, "Ben's version of the text.");
        assertThat(formA.get("version")).isEqualTo(formB.get("version"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> saves = new ArrayList<>();
            for (Callable<Response> save : List.<Callable<Response>>of(
                    () -> { start.await(); return first.post(path, formA); },
                    () -> { start.await(); return second.post(path, formB); })) {
                saves.add(pool.submit(save));
            }
            start.countDown();
            Response ra = saves.get(0).get();
            Response rb = saves.get(1).get();
            assertThat(List.of(ra.status(), rb.status())).containsExactlyInAnyOrder(302, 409);
            Response lost = ra.status() == 409 ? ra : rb;
            String winnerText = ra.status() == 302 ? "Ana's version of the text." : "Ben's version of the text.";
            String loserText = ra.status() == 409 ? "Ana's version of the text." : "Ben's version of the text.";
            Document merge = lost.document();
            assertThat(merge.select("h1").text()).isEqualTo("Someone saved this item while you were editing");
            assertThat(merge.select("table.diff").text()).contains(winnerText, loserText);
            assertThat(merge.select("#bodyMarkdown").text()).as("the loser's text is kept to merge").isEqualTo(loserText);
            assertThat(merge.select("input[name=version]").val()).as("based on the newest version")
                    .isEqualTo(String.valueOf(Integer.parseInt((String) formA.get("version")) + 1));
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM revision WHERE item_id = :id").param("id", id)
                    .query(Long.class).single()).as("one save made a revision, the other nothing").isEqualTo(2);
            assertThat(jdbc.sql("SELECT body_markdown FROM content_item WHERE id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo(winnerText);

            Map<String, Object> merged = form(merge, winnerText + " " + loserText);
            Http loser = lost == ra ? first : second;
            assertThat(loser.post(path, merged).status()).as("the merged text saves").isEqualTo(302);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEditScreenShowsWhoElseHasTheItemOpen() {
        String path = create(first, "Open twice", "Text.");
        first.get(path);
        Document seen = second.get(path).document();
        assertThat(seen.select("#presence").text()).contains("Also editing now: " + firstName);
        assertThat(seen.select("#presence").hasAttr("hidden")).isFalse();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        Response beat = first.post("/admin/api/content/" + id + "/presence", Map.of("_csrf", first.csrf(path)));
        assertThat(beat.body()).contains(secondName);
        Document alone = new TestUsers(jdbc, passwords).signedIn(port, "EDITOR").get(create(first, "Nobody else",
                "Text.")).document();
        assertThat(alone.select("#presence").hasAttr("hidden")).isTrue();
    }

    @Test
    void anyTwoRevisionsCanBeComparedAndAnOldOneRestored() {
        String path = create(first, "Versions", "The MoU is signed today.\n\nSecond paragraph.");
        first.post(path, form(first.get(path).document(), "The MoU was signed yesterday.\n\nSecond paragraph."));
        Document compare = first.get(path + "/compare?from=1&to=2").document();
        assertThat(compare.select(".diff del").eachText()).contains("is", "today");
        assertThat(compare.select(".diff ins").eachText()).contains("was", "yesterday");
        assertThat(compare.select("section.field-diff h3").eachText()).containsExactly("Text");

        String version = first.get(path).document().select("form.editor input[name=version]").val();
        Response restored = first.post(path + "/revisions/1/restore", Map.of("_csrf", first.csrf(path), "version", version));
        assertThat(restored.location()).contains("?restored=1");
        Document editor = first.get(path).document();
        assertThat(editor.select("#bodyMarkdown").text()).startsWith("The MoU is signed today.");
        assertThat(editor.select("#revisions-heading + table tbody tr").first().text()).contains("restored from revision 1");
        assertThat(first.get(path + "/compare?from=1&to=9").status()).isEqualTo(400);
    }

    @Test
    void thePreviewButtonShowsTheSanitizedResultWithoutSaving() {
        String path = create(first, "Preview only", "Saved text.");
        Map<String, Object> form = form(first.get(path).document(), "**Bold** <script>alert(1)</script> [x](javascript:alert(1))");
        form.put("action", "preview");
        Response preview = first.post(path, form);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.document().select("#live-preview strong").text()).isEqualTo("Bold");
        assertThat(preview.document().select("#live-preview script")).isEmpty();
        assertThat(preview.document().select("#live-preview a[href^=javascript]")).isEmpty();
        assertThat(first.get(path).document().select("#bodyMarkdown").text()).isEqualTo("Saved text.");

        Response api = first.post("/admin/api/markdown", Map.of("_csrf", first.csrf(path), "markdown",
                "# Title\n\n<img src=x onerror=alert(1)>"));
        assertThat(api.header("Content-Type")).startsWith("application/json");
        assertThat(api.body()).contains("<h1>Title</h1>").doesNotContain("onerror");
    }

    private String create(Http http, String title, String body) {
        Map<String, Object> form = new HashMap<>(Map.of("type", "ARTICLE", "kind", "NEWS", "language", "en",
                "title", title + " " + UUID.randomUUID().toString().substring(0, 6), "bodyMarkdown", body));
        form.put("_csrf", http.csrf("/admin/content/new"));
        Response created = http.post("/admin/content", form);
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        return created.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
    }

    /** The editor form as the page filled it, with a new body. */
    private static Map<String, Object> form(Document page, String body) {
        Map<String, Object> form = new HashMap<>();
        org.jsoup.nodes.Element editor = page.select("form.editor").first();
        for (org.jsoup.nodes.Element input : editor.select("input[name], textarea[name], select[name]")) {
            if (input.hasAttr("disabled") || (input.attr("type").equals("checkbox") && !input.hasAttr("checked"))) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").eachAttr("value").stream().findFirst().orElse("")
                    : input.tagName().equals("textarea") ? input.wholeText().replaceFirst("^\n", "") : input.val();
            form.putIfAbsent(input.attr("name"), value);
        }
        form.put("bodyMarkdown", body);
        return form;
    }
}
