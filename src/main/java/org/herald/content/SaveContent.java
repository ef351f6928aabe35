package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a language version: creates it, or stores a new working copy of it. Every save is a
 * new revision; a save based on a stale version is refused. Saving never changes what the
 * public sees: that is {@link PublishContent}'s job.
 */
@Component
public class SaveContent {

    private final ContentItems items;
    private final Revisions revisions;
    private final DraftValidator validator;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;
    private final Workflow workflow;
    private final GroupFields groupFields;

    SaveContent(ContentItems items, Revisions revisions, DraftValidator validator, AuditLog audit, ChangeLog changes,
                Clock clock, Workflow workflow, GroupFields groupFields) {
        this.workflow = workflow;
        this.groupFields = groupFields;
        this.items = items;
        this.revisions = revisions;
        this.validator = validator;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Creates a language version. With a {@code translationGroup} it becomes a translation of
     * the items in that group; without one it starts a new group.
     *
     * @return the new item's id
     */
    @Transactional
    public long create(Actor actor, ContentDraft draft, UUID translationGroup) {
        return create(actor, draft, translationGroup, Map.of());
    }

    /**
     * As {@link #create(Actor, ContentDraft, UUID)}, with the values of other modules'
     * {@link GroupField}s (field name → value as typed), checked with the draft and stored with it.
     */
    @Transactional
    public long create(Actor actor, ContentDraft draft, UUID translationGroup, Map<String, String> fields) {
        actor.require(Permission.CONTENT_EDIT);
        ContentDraft checked = groupFields.check(draft.type(), () -> validator.check(draft, null), fields);
        UUID group = translationGroup == null ? UUID.randomUUID() : translationGroup;
        if (translationGroup != null && items.translationExists(group, checked.language())) {
            throw new ContentValidationException(Map.of("language", "error.translation.exists"));
        }
        groupFields.save(checked.type(), group, fields);
        long id = insertNew(actor, group, checked, groupFields.values(group), OffsetDateTime.now(clock)).id();
        audit.record(actor, "content.create", "content_item", id, checked.title());
        changes.record("content_item", id, checked.language().code(), "created");
        return id;
    }

    /**
     * Writes a new language version of a checked draft, as a draft: the item, its links and its
     * first revision. Returns it as it then stands, without reading it back: what
     * {@link ContentItems#find} would read.
     */
    EditableItem insertNew(Actor actor, UUID group, ContentDraft checked, Map<String, String> groupValues,
                           OffsetDateTime now) {
        long id = items.insert(group, checked, actor, now);
        items.addLinks(id, checked);
        revisions.add(id, 1, checked, groupValues, actor, "created", now);
        return new EditableItem(id, group, ContentStatus.DRAFT, 0, 1, null, null, checked, now, now, null, null, null,
                null);
    }

    /**
     * Saves a new working copy of item {@code id}, which the editor loaded at
     * {@code expectedVersion}.
     *
     * @throws StaleEditException when someone saved the item in the meantime
     */
    @Transactional
    public void update(Actor actor, long id, int expectedVersion, ContentDraft draft) {
        update(actor, id, expectedVersion, draft, null, Map.of());
    }

    /**
     * As {@link #update(Actor, long, int, ContentDraft)}, with the values of other modules'
     * {@link GroupField}s (field name → value as typed), checked with the draft and stored with it.
     */
    @Transactional
    public void update(Actor actor, long id, int expectedVersion, ContentDraft draft, Map<String, String> fields) {
        update(actor, id, expectedVersion, draft, null, fields);
    }

    /**
     * As {@link #update(Actor, long, int, ContentDraft)}, with a note on the revision. Saving an
     * original needs CONTENT_EDIT, a translation TRANSLATE. An edit by someone who may not
     * publish takes an approved or scheduled item back to draft: what was approved is not what it
     * says any more. An archived item must be reopened first.
     */
    @Transactional
    void update(Actor actor, long id, int expectedVersion, ContentDraft draft, String note) {
        update(actor, id, expectedVersion, draft, note, Map.of());
    }

    /** As {@link #update(Actor, long, int, ContentDraft, String)}, with other modules' field values. */
    void update(Actor actor, long id, int expectedVersion, ContentDraft draft, String note,
                Map<String, String> fields) {
        EditableItem current = items.find(id).orElseThrow(() -> new ContentNotFoundException(id));
        actor.require(current.isTranslation() ? Permission.TRANSLATE : Permission.CONTENT_EDIT);
        if (current.status() == ContentStatus.ARCHIVED) {
            throw new TransitionNotAllowedException(id, null, current.status());
        }
        if (draft.language() != current.draft().language() || draft.type() != current.draft().type()) {
            throw new ContentValidationException(Map.of("language", "error.language.fixed"));
        }
        ContentDraft checked = groupFields.check(draft.type(), () -> validator.check(draft, id), fields);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!updateRow(id, expectedVersion, checked, actor, now)) {
            int latest = items.find(id).map(EditableItem::version).orElse(-1);
            throw new StaleEditException(id, latest);
        }
        items.replaceLinks(id, checked);
        groupFields.save(checked.type(), current.translationGroup(), fields);
        revisions.add(id, current.revisionNumber() + 1, checked, groupFields.values(current.translationGroup()), actor,
                note, now);
        audit.record(actor, "content.edit", "content_item", id, checked.title()
                + (note == null ? "" : " (" + note + ")"));
        changes.record("content_item", id, checked.language().code(), "edited");
        workflow.afterEdit(actor, current, now);
    }

    private boolean updateRow(long id, int expectedVersion, ContentDraft draft, Actor actor, OffsetDateTime now) {
        try {
            return items.update(id, expectedVersion, draft, actor, now);
        } catch (DuplicateKeyException raceOnSlug) {
            throw ContentItems.slugTakenOr(raceOnSlug);
        }
    }
}
