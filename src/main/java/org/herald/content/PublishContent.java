package org.herald.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the latest revision of a language version: copies it into the public read model,
 * keeps a changed slug's old URL as a redirect, and logs the change. Publishing a revision that
 * is already public changes nothing the reader sees, so a repeated publish is harmless.
 */
@Component
public class PublishContent {

    private final ContentItems items;
    private final Revisions revisions;
    private final PublishedItems published;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;
    private final ContentProperties properties;

    PublishContent(ContentItems items, Revisions revisions, PublishedItems published, AuditLog audit,
                   ChangeLog changes, Clock clock, ContentProperties properties) {
        this.items = items;
        this.revisions = revisions;
        this.published = published;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public void publish(Actor actor, long id) {
        actor.require(Permission.CONTENT_PUBLISH);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        ContentDraft draft = item.draft();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime firstPublished = item.firstPublishedAt() == null ? now : item.firstPublishedAt();
        String language = draft.language().code();
        published.publishedSlug(id)
                .filter(oldSlug -> !oldSlug.equals(draft.slug()))
                .ifPresentOrElse(oldSlug -> published.redirect(language, oldSlug, draft.slug(), id, now),
                        () -> published.clearRedirect(language, draft.slug()));
        long revisionId = revisions.idOf(id, item.revisionNumber());
        published.put(item, revisionId, MarkdownRenderer.toHtml(draft.bodyMarkdown()), releaseDate(draft, firstPublished),
                firstPublished, now);
        items.markPublished(id, revisionId, now);
        audit.record(actor, "content.publish", "content_item", id, "revision " + item.revisionNumber());
        changes.record("content_item", id, language, "published");
    }

    /** The article's date: the one given, else (for items written in Herald) the first publication day. */
    private LocalDate releaseDate(ContentDraft draft, OffsetDateTime firstPublished) {
        if (draft.releaseDate() != null || !draft.dateFromPublication() || draft.type() != ContentType.ARTICLE) {
            return draft.releaseDate();
        }
        return firstPublished.atZoneSameInstant(properties.timeZone()).toLocalDate();
    }
}
