package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.NotPermittedException;
import org.herald.accounts.Role;
import org.herald.changes.ChangeLog;
import org.herald.i18n.Language;
import org.herald.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saving, publishing, renaming and unpublishing content, through the actions every screen
 * uses, checked in the database and on the public site. Run on H2 and on PostgreSQL.
 */
abstract class ContentLifecycleContract {

    static final Actor EDITOR = new Actor(null, "test-editor", Role.EDITOR, "127.0.0.1");
    static final Actor AUTHOR = new Actor(null, "test-author", Role.AUTHOR, "127.0.0.1");

    @Autowired SaveContent save;
    @Autowired PublishContent publish;
    @Autowired UnpublishContent unpublish;
    @Autowired EditorialContent editorial;
    @Autowired PublishedContent published;
    @Autowired ChangeLog changes;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void everySaveIsARevisionAndThePublicSeesOnlyWhatIsPublished() {
        String slug = unique("first-story");
        long id = save.create(EDITOR, article("A first story", slug, "First text."), null);
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).as("a draft is not public").isEmpty();
        assertThat(new Http(port).get("/en/news/" + slug).status()).isEqualTo(404);

        publish.publish(EDITOR, id);
        PublishedView live = published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow();
        assertThat(live.bodyHtml()).isEqualTo("<p>First text.</p>\n");

        EditableItem item = editorial.get(id);
        save.update(EDITOR, id, item.version(), article("A first story", slug, "Second text."));
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow().bodyHtml())
                .as("a save does not change the public page").contains("First text.");
        assertThat(editorial.get(id).hasUnpublishedChanges()).isTrue();

        publish.publish(EDITOR, id);
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow().bodyHtml()).contains("Second text.");
        assertThat(editorial.revisions(id)).extracting(RevisionSummary::number).containsExactly(2, 1);
        assertThat(editorial.revisions(id)).extracting(RevisionSummary::authorName).containsOnly("test-editor");
    }

    @Test
    void aWrittenArticleWithoutADateIsDatedByItsFirstPublication() {
        String slug = unique("dated");
        long id = save.create(EDITOR, article("Dated by publication", slug, "Text."), null);
        publish.publish(EDITOR, id);
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow().releaseDate())
                .isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    @Test
    void aRenamedItemKeepsItsOldAddressAsAPermanentRedirect() {
        String oldSlug = unique("old-name");
        String newSlug = unique("new-name");
        long id = save.create(EDITOR, article("Renamed", oldSlug, "Text."), null);
        publish.publish(EDITOR, id);
        save.update(EDITOR, id, editorial.get(id).version(), article("Renamed", newSlug, "Text."));
        publish.publish(EDITOR, id);

        Http http = new Http(port);
        Http.Response old = http.get("/en/news/" + oldSlug);
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.location()).endsWith("/en/news/" + newSlug);
        assertThat(http.get("/en/news/" + newSlug).status()).isEqualTo(200);

        unpublish.unpublish(EDITOR, id);
        assertThat(http.get("/en/news/" + newSlug).status()).isEqualTo(404);
        assertThat(http.get("/en/news/" + oldSlug).status()).as("no redirect to an unpublished item").isEqualTo(404);
        assertThat(editorial.get(id).status()).isEqualTo(ContentStatus.UNPUBLISHED);
    }

    @Test
    void aSaveOfAStaleVersionIsRefusedAndChangesNothing() {
        String slug = unique("contested");
        long id = save.create(EDITOR, article("Contested", slug, "Original."), null);
        int opened = editorial.get(id).version();
        save.update(EDITOR, id, opened, article("Contested", slug, "First editor's text."));

        assertThatThrownBy(() -> save.update(EDITOR, id, opened, article("Contested", slug, "Second editor's text.")))
                .isInstanceOf(StaleEditException.class);
        assertThat(editorial.get(id).draft().bodyMarkdown()).isEqualTo("First editor's text.");
        assertThat(editorial.revisions(id)).hasSize(2);
    }

    @Test
    void slugsAreUniquePerLanguage() {
        String slug = unique("shared-name");
        long english = save.create(EDITOR, article("Shared", slug, "Text."), null);
        assertThatThrownBy(() -> save.create(EDITOR, article("Other", slug, "Text."), null))
                .isInstanceOfSatisfying(ContentValidationException.class,
                        e -> assertThat(e.errors()).containsEntry("slug", "error.slug.taken"));
        ContentDraft french = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.FR, "Partagé", slug,
                null, "Texte.", null, true, null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
        long translation = save.create(EDITOR, french, editorial.get(english).translationGroup());
        assertThat(editorial.get(translation).translationGroup()).isEqualTo(editorial.get(english).translationGroup());
    }

    @Test
    void invalidDraftsAreRefusedWithEveryReasonAndNothingIsStored() {
        long before = count();
        ContentDraft bad = new ContentDraft(ContentType.ARTICLE, null, Language.EN, " ", "Not A Slug!", null, "x", null,
                true, null, "XX", null, PageLayout.STANDARD, false, List.of("QQ"), List.of(999_999L));
        assertThatThrownBy(() -> save.create(EDITOR, bad, null))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.errors())
                        .containsKeys("title", "slug", "kind", "datelineCountry", "countries", "contacts"));
        ContentDraft reserved = new ContentDraft(ContentType.PAGE, null, Language.EN, "News", "news", null, "", null,
                false, null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
        assertThatThrownBy(() -> save.create(EDITOR, reserved, null))
                .isInstanceOfSatisfying(ContentValidationException.class,
                        e -> assertThat(e.errors()).containsEntry("slug", "error.slug.reserved"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void authorsMayWriteButNotPublish() {
        long id = save.create(AUTHOR, article("By an author", unique("authored"), "Text."), null);
        assertThatThrownBy(() -> publish.publish(AUTHOR, id)).isInstanceOf(NotPermittedException.class);
        assertThat(editorial.get(id).status()).isEqualTo(ContentStatus.DRAFT);
    }

    @Test
    void publishedHtmlIsSanitized() {
        String slug = unique("unsafe");
        String body = "Hello <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))";
        long id = save.create(EDITOR, article("Unsafe", slug, body), null);
        publish.publish(EDITOR, id);
        String html = published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow().bodyHtml();
        assertThat(html).doesNotContain("<script", "onerror", "javascript:").contains("Hello");
    }

    @Test
    void everyChangeIsInTheChangeLogInOrder() {
        long before = changes.latest();
        String slug = unique("logged");
        long id = save.create(EDITOR, article("Logged", slug, "Text."), null);
        publish.publish(EDITOR, id);
        unpublish.unpublish(EDITOR, id);
        assertThat(changes.since(before, 100))
                .filteredOn(change -> change.entityId() == id)
                .extracting(ChangeLog.Change::action)
                .containsExactly("created", "published", "unpublished");
    }

    @Test
    void themesAndOrganizationsAreKeptInRevisionsAndPublishedWithTheItem() {
        String slug = unique("tagged");
        ContentDraft draft = article("Tagged", slug, "Text.").withTags(List.of(" Migration-Health", "labour-migration", "migration-health"),
                List.of("CIS"));
        long id = save.create(EDITOR, draft, null);
        assertThat(editorial.get(id).draft().themes()).containsExactly("labour-migration", "migration-health");
        assertThat(published.themes(id)).as("nothing public before publishing").isEmpty();

        publish.publish(EDITOR, id);
        assertThat(published.themes(id)).containsExactly("labour-migration", "migration-health");
        assertThat(published.organizations(id)).containsExactly("cis");

        save.update(EDITOR, id, editorial.get(id).version(), article("Tagged", slug, "Text.").withTags(List.of(), List.of()));
        assertThat(published.themes(id)).as("a save does not change the public item").hasSize(2);
        assertThat(editorial.revision(id, 1).draft().organizations()).containsExactly("cis");

        assertThatThrownBy(() -> save.create(EDITOR, article("Bad", unique("bad"), "x").withTags(List.of("<script>"),
                List.of()), null)).isInstanceOf(ContentValidationException.class);
        assertThatThrownBy(() -> save.create(EDITOR, article("Unknown theme", unique("unknown-theme"), "x")
                .withTags(List.of("labour-migration", "no-such-theme"), List.of()), null))
                .isInstanceOf(ContentValidationException.class)
                .satisfies(refused -> assertThat(((ContentValidationException) refused).errors())
                        .containsEntry("themes", "error.theme.unknown"));
    }

    @Test
    void anItemPublishedAtOnceIsStoredAsCreatingThenPublishingItStores() {
        long contact = jdbc.sql("SELECT MIN(id) FROM contact").query(Long.class).single();
        java.util.function.Function<String, ContentDraft> draft = slug -> new ContentDraft(ContentType.ARTICLE,
                ArticleKind.PRESS_RELEASE, Language.EN, "At once", slug, "A summary.", "Some *text*.",
                LocalDate.of(2019, 5, 22), false, "Minsk", "BY", null, PageLayout.STANDARD, false, List.of("BY", "RU"),
                List.of(contact)).withTags(List.of("migration-health"), List.of("cis"));
        long before = changes.latest();
        long inTwoSteps = save.create(EDITOR, draft.apply(unique("two-steps")), null);
        publish.publish(EDITOR, inTwoSteps);
        long atOnce = publish.publishNew(EDITOR, draft.apply(unique("at-once")));

        assertThat(stored(atOnce)).isEqualTo(stored(inTwoSteps));
        EditableItem item = editorial.get(atOnce);
        assertThat(item.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(item.hasUnpublishedChanges()).isFalse();
        assertThat(new Http(port).get("/en/news/" + item.draft().slug()).body()).contains("<em>text</em>");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_id = :id ORDER BY id").param("id", atOnce)
                .query(String.class).list()).containsExactly("content.create", "content.publish");
        assertThat(changes.since(before, 100)).filteredOn(change -> change.entityId() == atOnce)
                .extracting(ChangeLog.Change::action).containsExactly("published");
        // Off the site again: the public pages' tests share this database and count what they list.
        unpublish.unpublish(EDITOR, inTwoSteps);
        unpublish.unpublish(EDITOR, atOnce);
    }

    @Test
    void anItemPublishedAtOnceIsRefusedWhenItsSlugIsTakenOrAContactIsUnknownAndNothingIsStored() {
        String taken = unique("taken");
        long other = save.create(EDITOR, article("Taken", taken, "Text."), null);
        String publicOnly = unique("public-only");
        long renamed = save.create(EDITOR, article("Renamed later", publicOnly, "Text."), null);
        publish.publish(EDITOR, renamed);
        save.update(EDITOR, renamed, editorial.get(renamed).version(), article("Renamed later", unique("new"), "Text."));
        long before = count();

        for (String slug : List.of(taken, publicOnly)) {
            assertThatThrownBy(() -> publish.publishNew(EDITOR, article("Mine", slug, "Text.")))
                    .as(slug).isInstanceOfSatisfying(ContentValidationException.class,
                            e -> assertThat(e.errors()).containsEntry("slug", "error.slug.taken"));
        }
        ContentDraft unknownContact = new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, "Mine",
                unique("mine"), null, "Text.", null, true, null, null, null, PageLayout.STANDARD, false, List.of(),
                List.of(999_999_999L));
        assertThatThrownBy(() -> publish.publishNew(EDITOR, unknownContact))
                .isInstanceOfSatisfying(ContentValidationException.class,
                        e -> assertThat(e.errors()).containsEntry("contacts", "error.contact.unknown"));
        assertThatThrownBy(() -> publish.publishNew(AUTHOR, article("Mine", unique("mine"), "Text.")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(count()).isEqualTo(before);
        assertThat(editorial.get(other).status()).isEqualTo(ContentStatus.DRAFT);
        unpublish.unpublish(EDITOR, renamed);
    }

    /** What is stored of an item, less what differs between any two items (ids, slugs, times). */
    private java.util.Map<String, List<java.util.Map<String, Object>>> stored(long id) {
        java.util.Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("item", """
                SELECT content_type, kind, language, status, title, summary, body_markdown, release_date,
                    date_from_publication, dateline_city, dateline_country, layout, featured, version, revision_number,
                    published_revision_id IS NOT NULL AS has_published, first_published_at IS NOT NULL AS first
                FROM content_item WHERE id = :id""");
        queries.put("revision", """
                SELECT number, title, summary, body_markdown, fields_json, author_name, note FROM revision
                WHERE item_id = :id""");
        queries.put("published", """
                SELECT content_type, kind, language, title, summary, body_html, release_date, release_year,
                    dateline_city, dateline_country, layout, featured, is_original, translation_credit,
                    revision_id = (SELECT published_revision_id FROM content_item WHERE id = :id) AS current
                FROM published_item WHERE item_id = :id""");
        queries.put("item_contact", "SELECT contact_id, position FROM item_contact WHERE item_id = :id");
        queries.put("published_item_country", "SELECT country_code FROM published_item_country WHERE item_id = :id"
                + " ORDER BY country_code");
        queries.put("published_item_contact", "SELECT contact_id, position FROM published_item_contact WHERE item_id = :id");
        queries.put("published_item_tag", "SELECT tag_type, code FROM published_item_tag WHERE item_id = :id ORDER BY code");
        queries.put("audit", "SELECT action, actor_name FROM audit_log WHERE entity_id = :id ORDER BY id");
        java.util.Map<String, List<java.util.Map<String, Object>>> rows = new java.util.LinkedHashMap<>();
        queries.forEach((table, sql) -> rows.put(table, jdbc.sql(sql).param("id", id).query().listOfRows()));
        rows.put("item_codes", jdbc.sql("SELECT countries, themes, organizations FROM content_item WHERE id = :id")
                .param("id", id).query((rs, n) -> {
                    java.util.Map<String, Object> codes = new java.util.LinkedHashMap<>();
                    for (String column : List.of("countries", "themes", "organizations")) {
                        codes.put(column, List.of((Object[]) rs.getArray(column).getArray()));
                    }
                    return codes;
                }).list());
        assertThat(rows.values()).as("every table has the item's rows").allSatisfy(list -> assertThat(list).isNotEmpty());
        return rows;
    }

    @Test
    void everyIsoCountryIsKnown() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM country").query(Integer.class).single())
                .isEqualTo(java.util.Locale.getISOCountries().length);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single();
    }

    static ContentDraft article(String title, String slug, String body) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.NEWS, Language.EN, title, slug, null, body, null, true,
                null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
