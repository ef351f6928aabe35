package org.herald.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.NotPermittedException;
import org.herald.accounts.Role;
import org.herald.i18n.Language;
import org.herald.media.DescribeMedia;
import org.herald.media.MediaItem;
import org.herald.media.UploadMedia;
import org.herald.support.EditorialTests;
import org.herald.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The editorial workflow through the actions every screen, the scheduler and the API share:
 * who may move an item where, scheduled publishing (exactly once, at the instant, across a
 * daylight-saving change), images without alt text, restores. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class WorkflowContract {

    static final Actor AUTHOR = new Actor(null, "test-author", Role.AUTHOR, "127.0.0.1");
    static final Actor EDITOR = new Actor(null, "test-editor", Role.EDITOR, "127.0.0.1");
    static final Actor TRANSLATOR = new Actor(null, "test-translator", Role.TRANSLATOR, "127.0.0.1");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired SaveContent save;
    @Autowired SubmitForReview submit;
    @Autowired ApproveContent approve;
    @Autowired RequestChanges requestChanges;
    @Autowired SchedulePublication schedule;
    @Autowired CancelSchedule cancel;
    @Autowired ScheduleUnpublication unpublishAt;
    @Autowired PublishContent publish;
    @Autowired UnpublishContent unpublish;
    @Autowired ArchiveContent archive;
    @Autowired ReopenContent reopen;
    @Autowired DeleteContent delete;
    @Autowired CommentOnContent comment;
    @Autowired RestoreRevision restore;
    @Autowired ScheduledPublishing scheduler;
    @Autowired EditorialContent editorial;
    @Autowired PublishedContent published;
    @Autowired UploadMedia upload;
    @Autowired DescribeMedia describe;
    @Autowired JdbcClient jdbc;

    @Test
    void anAuthorSubmitsAnEditorApprovesAndTheSchedulerPublishesAtTheInstantOnceAcrossTheClockChange() {
        String slug = unique("dst-release");
        long id = save.create(AUTHOR, release("A release for Sunday morning", slug, "Text."), null);
        submit.submit(AUTHOR, id, "Ready for Sunday 09:00 Paris time.");
        assertThatThrownBy(() -> approve.approve(AUTHOR, id, null)).isInstanceOf(NotPermittedException.class);
        comment.comment(EDITOR, id, "Looks good.");
        approve.approve(EDITOR, id, null);

        // Sunday 28 March 2027 is the day Paris moves its clocks forward: 09:00 there is 07:00 UTC.
        Instant nine = LocalDateTime.parse("2027-03-28T09:00").atZone(PARIS).toInstant();
        schedule.schedule(EDITOR, id, nine, null);
        EditableItem scheduled = editorial.get(id);
        assertThat(scheduled.status()).isEqualTo(ContentStatus.SCHEDULED);
        assertThat(scheduled.publishAt().toInstant()).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));

        assertThat(scheduler.publishDue(OffsetDateTime.parse("2027-03-28T06:59:59Z"))).isZero();
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).as("not a second early").isEmpty();
        assertThat(scheduler.publishDue(OffsetDateTime.parse("2027-03-28T07:00:00Z"))).isEqualTo(1);
        assertThat(scheduler.publishDue(OffsetDateTime.parse("2027-03-28T07:00:01Z"))).as("once").isZero();

        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).isPresent();
        assertThat(editorial.get(id).status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(editorial.get(id).publishAt()).isNull();
        assertThat(auditCount(id, "content.publish")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor_name FROM audit_log WHERE entity_id = :id AND action = 'content.publish'")
                .param("id", id).query(String.class).single()).isEqualTo("system:scheduler");
        assertThat(editorial.comments(id)).extracting(ReviewComment::kind)
                .containsExactly(ReviewComment.Kind.SUBMITTED, ReviewComment.Kind.COMMENT);
    }

    @Test
    void theRunningSchedulerPublishesAnItemWhenItsTimeComes() throws InterruptedException {
        String slug = unique("soon");
        long id = approved("Published by the running scheduler", slug);
        Instant due = Instant.now().plusSeconds(2);
        schedule.schedule(EDITOR, id, due, null);
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).isEmpty();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (published.find(ContentType.ARTICLE, Language.EN, slug).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        PublishedView view = published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow();
        assertThat(view.firstPublishedAt().toInstant()).as("never early").isAfterOrEqualTo(due);
        System.out.printf("Scheduler (one node, in-process): due %s, published %s, %d ms late%n", due,
                view.firstPublishedAt().toInstant(), Duration.between(due, view.firstPublishedAt().toInstant()).toMillis());
        assertThat(auditCount(id, "content.publish")).isEqualTo(1);
    }

    @Test
    void aPublishedItemComesOffTheSiteAtItsUnpublishTime() {
        String slug = unique("until");
        long id = approved("Valid until Friday", slug);
        publish.publish(EDITOR, id);
        unpublishAt.set(EDITOR, id, Instant.parse("2031-01-10T12:00:00Z"));
        assertThat(scheduler.unpublishDue(OffsetDateTime.parse("2031-01-10T11:59:00Z"))).isZero();
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).isPresent();
        assertThat(scheduler.unpublishDue(OffsetDateTime.parse("2031-01-10T12:00:00Z"))).isEqualTo(1);
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).isEmpty();
        assertThat(editorial.get(id).status()).isEqualTo(ContentStatus.UNPUBLISHED);
        assertThat(editorial.get(id).unpublishAt()).isNull();
    }

    @Test
    void movesTheStateOrTheRoleDoesNotAllowAreRefusedAndChangeNothing() {
        long id = save.create(AUTHOR, release("Refusals", unique("refusals"), "Text."), null);
        assertThatThrownBy(() -> approve.approve(EDITOR, id, null)).isInstanceOf(TransitionNotAllowedException.class);
        assertThatThrownBy(() -> schedule.schedule(EDITOR, id, Instant.now().plusSeconds(3600), null))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThatThrownBy(() -> publish.publish(AUTHOR, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> submit.submit(TRANSLATOR, id, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> comment.comment(TRANSLATOR, id, "hello")).isInstanceOf(NotPermittedException.class);
        submit.submit(AUTHOR, id, null);
        assertThatThrownBy(() -> requestChanges.request(EDITOR, id, " ")).isInstanceOf(ContentValidationException.class);
        approve.approve(EDITOR, id, null);
        assertThatThrownBy(() -> schedule.schedule(EDITOR, id, Instant.now().minusSeconds(60), null))
                .isInstanceOf(ScheduleException.class).hasMessage("error.schedule.past");
        Instant at = Instant.now().plusSeconds(7200);
        assertThatThrownBy(() -> schedule.schedule(EDITOR, id, at, at.minusSeconds(1)))
                .isInstanceOf(ScheduleException.class).hasMessage("error.schedule.unpublish-before");
        assertThat(editorial.get(id).status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(editorial.get(id).publishAt()).isNull();
    }

    @Test
    void anAuthorsEditAfterApprovalTakesTheItemBackToDraftAndOffTheSchedule() {
        String slug = unique("edited-after");
        long id = approved("Edited after approval", slug);
        schedule.schedule(EDITOR, id, Instant.now().plusSeconds(86_400), null);
        save.update(AUTHOR, id, editorial.get(id).version(), release("Edited after approval", slug, "New text."));
        EditableItem item = editorial.get(id);
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.publishAt()).isNull();
        assertThat(auditCount(id, "content.back-to-draft")).isEqualTo(1);

        long other = approved("Edited by an editor", unique("editor-edit"));
        save.update(EDITOR, other, editorial.get(other).version(), release("Edited by an editor, twice",
                editorial.get(other).draft().slug(), "Text."));
        assertThat(editorial.get(other).status()).as("an editor's edit keeps the approval").isEqualTo(ContentStatus.APPROVED);
    }

    @Test
    void archivedItemsCannotBeEditedUntilReopenedAndOnlyNeverPublishedItemsCanBeDeleted() {
        String slug = unique("archive");
        long id = save.create(EDITOR, release("To the archive", slug, "Text."), null);
        archive.archive(EDITOR, id);
        assertThatThrownBy(() -> save.update(EDITOR, id, editorial.get(id).version(), release("x", slug, "y")))
                .isInstanceOf(TransitionNotAllowedException.class);
        reopen.reopen(EDITOR, id);
        assertThat(editorial.get(id).status()).isEqualTo(ContentStatus.DRAFT);
        delete.delete(EDITOR, id);
        assertThatThrownBy(() -> editorial.get(id)).isInstanceOf(ContentNotFoundException.class);
        assertThat(auditCount(id, "content.delete")).isEqualTo(1);

        long shown = save.create(EDITOR, release("Once public", unique("once"), "Text."), null);
        publish.publish(EDITOR, shown);
        unpublish.unpublish(EDITOR, shown);
        assertThatThrownBy(() -> delete.delete(EDITOR, shown)).isInstanceOf(TransitionNotAllowedException.class);
        archive.archive(EDITOR, shown);
        assertThat(editorial.get(shown).status()).isEqualTo(ContentStatus.ARCHIVED);
    }

    @Test
    void anImageWithoutAltTextKeepsItsArticleOffTheSiteAndWithItTheArticleShowsEveryRendition() {
        MediaItem image = upload.upload(Actor.system("test"), "minsk.jpg", TestImages.jpeg(1800, 1200), null);
        String slug = unique("with-image");
        long id = approved("With a picture", slug, "Before.\n\n![](" + image.url() + ")\n\nAfter.");
        assertThatThrownBy(() -> publish.publish(EDITOR, id)).isInstanceOf(MissingAltTextException.class)
                .satisfies(e -> assertThat(((MissingAltTextException) e).fileNames()).containsExactly("minsk.jpg"));
        assertThatThrownBy(() -> schedule.schedule(EDITOR, id, Instant.now().plusSeconds(600), null))
                .isInstanceOf(MissingAltTextException.class);
        assertThat(published.find(ContentType.ARTICLE, Language.EN, slug)).isEmpty();

        describe.describe(EDITOR, image.key(), "The signing ceremony in Minsk");
        publish.publish(EDITOR, id);
        String html = published.find(ContentType.ARTICLE, Language.EN, slug).orElseThrow().bodyHtml();
        assertThat(html).contains("alt=\"The signing ceremony in Minsk\"", "srcset=\"", image.url() + "/w320 320w",
                image.url() + "/w1600 1600w", image.url() + " 1800w", "width=\"1800\"", "height=\"1200\"");
    }

    @Test
    void restoringAnOldRevisionSavesItAgainAsTheNewest() {
        String slug = unique("restore");
        long id = save.create(EDITOR, release("Restore me", slug, "First words."), null);
        save.update(EDITOR, id, editorial.get(id).version(), release("Restore me", slug, "Second words."));
        restore.restore(EDITOR, id, editorial.get(id).version(), 1);
        EditableItem item = editorial.get(id);
        assertThat(item.revisionNumber()).isEqualTo(3);
        assertThat(item.draft().bodyMarkdown()).isEqualTo("First words.");
        assertThat(editorial.revisions(id).get(0).note()).isEqualTo("restored from revision 1");
        assertThat(editorial.revision(id, 2).draft().bodyMarkdown()).as("nothing lost").isEqualTo("Second words.");
        assertThatThrownBy(() -> restore.restore(EDITOR, id, 1, 2)).as("a restore on a stale version")
                .isInstanceOf(StaleEditException.class);
    }

    private long approved(String title, String slug) {
        return approved(title, slug, "Text.");
    }

    private long approved(String title, String slug, String body) {
        long id = save.create(AUTHOR, release(title, slug, body), null);
        submit.submit(AUTHOR, id, null);
        approve.approve(EDITOR, id, null);
        return id;
    }

    private long auditCount(long id, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'content_item' AND entity_id = :id"
                        + " AND action = :action").param("id", id).param("action", action).query(Long.class).single();
    }

    static ContentDraft release(String title, String slug, String body) {
        return new ContentDraft(ContentType.ARTICLE, ArticleKind.PRESS_RELEASE, Language.EN, title, slug, "Summary.",
                body, null, true, "Geneva", "CH", null, PageLayout.STANDARD, false, List.of("CH"), List.of());
    }

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
