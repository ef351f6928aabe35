package org.herald.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the latest revision of a language version: copies it into the public read model,
 * keeps a changed slug's old URL as a redirect, and logs the change. Publishing a revision that
 * is already public changes nothing the reader sees, so a repeated publish is harmless. The
 * screens publish now; {@link ScheduledPublishing} publishes what is due, through the same code.
 */
@Component
public class PublishContent {

    private final PublishedItems published;
    private final BodyRenderer bodies;
    private final Workflow workflow;
    private final AuditLog audit;
    private final Clock clock;
    private final ContentProperties properties;
    private final SaveContent save;
    private final DraftValidator validator;
    private final GroupFields groupFields;

    PublishContent(PublishedItems published, BodyRenderer bodies, Workflow workflow, AuditLog audit,
                   Clock clock, ContentProperties properties, SaveContent save,
                   DraftValidator validator, GroupFields groupFields) {
        this.groupFields = groupFields;
        this.published = published;
        this.bodies = bodies;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.save = save;
        this.validator = validator;
    }

    /**
     * Publishes the item now.
     *
     * @throws MissingAltTextException when the body shows an image without alt text
     * @throws TransitionNotAllowedException when the item is archived
     */
    @Transactional
    public void publish(Actor actor, long id) {
        EditableItem item = workflow.begin(actor, id, Transition.PUBLISH);
        put(actor, item, OffsetDateTime.now(clock), "revision " + item.revisionNumber());
    }

    /**
     * Publishes the item if it is still scheduled and due at {@code now}; false (and nothing done)
     * when another node has published it already or the schedule changed.
     */
    @Transactional
    public boolean publishScheduled(Actor scheduler, long id, OffsetDateTime now, String node) {
        EditableItem item = workflow.begin(scheduler, id, Transition.PUBLISH);
        if (item.status() != ContentStatus.SCHEDULED || item.publishAt() == null || item.publishAt().isAfter(now)) {
            return false;
        }
        put(scheduler, item, OffsetDateTime.now(clock), "revision " + item.revisionNumber() + " · due "
                + item.publishAt().toInstant() + " · node " + node);
        return true;
    }

    /**
     * Creates a language version and publishes it at once: the rows, audit entries and change of
     * {@link SaveContent#create} then {@link #publish}, written without reading back what was
     * just written. Whether the slug is free and the contacts exist is checked by the database as
     * the rows go in, and refused with the same errors (when the transaction's writes are sent:
     * an import stores each item this way, its figures and source record among the same writes).
     *
     * @return the new item's id
     * @throws MissingAltTextException when the body shows an image without alt text
     */
    @Transactional
    public long publishNew(Actor actor, ContentDraft draft) {
        actor.require(Permission.CONTENT_EDIT);
        actor.require(Transition.PUBLISH.permission());
        ContentDraft checked = validator.checkLeavingLookUpsToConstraints(draft);
        OffsetDateTime now = OffsetDateTime.now(clock);
        EditableItem item = save.insertNew(actor, UUID.randomUUID(), checked, groupFields.blank(), now);
        audit.record(actor, "content.create", "content_item", item.id(), checked.title());
        showPublicCopy(item, now);
        workflow.finish(actor, item, Transition.PUBLISH, "revision " + item.revisionNumber(), now);
        return item.id();
    }

    /**
     * Publishes an item that exists: its public copy, and what other modules keep about its group
     * ({@link GroupField}; a group {@link #publishNew} makes has nothing kept about it yet).
     */
    private void put(Actor actor, EditableItem item, OffsetDateTime now, String detail) {
        showPublicCopy(item, now);
        groupFields.publish(item.translationGroup());
        workflow.finish(actor, item, Transition.PUBLISH, detail, now);
    }

    /** The public copy of the item's latest revision: its row, links, and the redirects of its slug. */
    private void showPublicCopy(EditableItem item, OffsetDateTime now) {
        long id = item.id();
        ContentDraft draft = item.draft();
        BodyRenderer.Rendering body = bodies.render(draft.bodyMarkdown());
        if (!body.imagesWithoutAltText().isEmpty()) {
            throw new MissingAltTextException(body.imagesWithoutAltText());
        }
        OffsetDateTime firstPublished = item.firstPublishedAt() == null ? now : item.firstPublishedAt();
        String language = draft.language().code();
        // The item was read with its public slug and latest revision, under its row lock.
        Optional<String> publishedSlug = Optional.ofNullable(item.publishedSlug());
        publishedSlug.filter(oldSlug -> !oldSlug.equals(draft.slug()))
                .ifPresentOrElse(oldSlug -> published.redirect(language, oldSlug, draft.slug(), id, now),
                        () -> published.clearRedirect(language, draft.slug()));
        if (publishedSlug.isPresent()) {
            published.remove(id);
        }
        published.put(item, body.html(), releaseDate(draft, firstPublished), firstPublished, now);
    }

    /** The article's date: the one given, else (for items written in Herald) the first publication day. */
    private LocalDate releaseDate(ContentDraft draft, OffsetDateTime firstPublished) {
        if (draft.releaseDate() != null || !draft.dateFromPublication() || draft.type() != ContentType.ARTICLE) {
            return draft.releaseDate();
        }
        return firstPublished.atZoneSameInstant(properties.timeZone()).toLocalDate();
    }
}
