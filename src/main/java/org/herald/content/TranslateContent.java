package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and maintains translations. A translation is a language version of its own (its own
 * slug, revisions and workflow state) that records the source version and the source revision
 * it follows: when the source gets a newer revision, the translation is outdated until a
 * translator brings it up to date.
 */
@Component
public class TranslateContent {

    private final ContentItems items;
    private final Revisions revisions;
    private final DraftValidator validator;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;
    private final SaveContent save;
    private final GroupFields groupFields;

    TranslateContent(ContentItems items, Revisions revisions, DraftValidator validator, AuditLog audit,
                     ChangeLog changes, Clock clock, SaveContent save, GroupFields groupFields) {
        this.save = save;
        this.groupFields = groupFields;
        this.items = items;
        this.revisions = revisions;
        this.validator = validator;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Creates the translation of {@code sourceId} that {@code draft} describes (its language is
     * the target language); it follows the source's latest revision.
     *
     * @return the translation's id
     */
    @Transactional
    public long create(Actor actor, long sourceId, ContentDraft draft, String credit) {
        actor.require(Permission.TRANSLATE);
        EditableItem source = items.find(sourceId).orElseThrow(() -> new ContentNotFoundException(sourceId));
        if (draft.type() != source.draft().type()) {
            throw new ContentValidationException(Map.of("type", "error.type.required"));
        }
        if (items.translationExists(source.translationGroup(), draft.language())) {
            throw new ContentValidationException(Map.of("language", "error.translation.exists"));
        }
        ContentDraft checked = validator.check(draft, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = items.insert(source.translationGroup(), checked, actor, now);
        items.setTranslation(id, new Translation(sourceId, source.revisionNumber(), blankToNull(credit)));
        items.addLinks(id, checked);
        revisions.add(id, 1, checked, groupFields.values(source.translationGroup()), actor, "translated from " + source.draft().language().code(), now);
        audit.record(actor, "content.translate", "content_item", id,
                source.draft().language().code() + " → " + checked.language().code());
        changes.record("content_item", id, checked.language().code(), "created");
        return id;
    }

    /**
     * Saves a translation, in one transaction: a new working copy of it (as
     * {@link SaveContent#update(Actor, long, int, ContentDraft)}), its credit and, when
     * {@code followsLatestSource}, that it now follows the source's latest revision. If any part
     * is refused, nothing is saved.
     *
     * @throws StaleEditException when someone saved the item in the meantime
     */
    @Transactional
    public void save(Actor actor, long id, int expectedVersion, ContentDraft draft, String credit,
                     boolean followsLatestSource) {
        EditableItem item = lockTranslation(actor, id);
        save.update(actor, id, expectedVersion, draft);
        follow(actor, item, credit, followsLatestSource);
    }

    /**
     * Updates a translation's credit and, when {@code followsLatestSource}, records that it now
     * follows the source's latest revision (it is no longer outdated).
     */
    @Transactional
    public void update(Actor actor, long id, String credit, boolean followsLatestSource) {
        follow(actor, lockTranslation(actor, id), credit, followsLatestSource);
    }

    private EditableItem lockTranslation(Actor actor, long id) {
        actor.require(Permission.TRANSLATE);
        EditableItem item = items.lock(id).orElseThrow(() -> new ContentNotFoundException(id));
        if (!item.isTranslation()) {
            throw new ContentValidationException(Map.of("translation", "error.translation.not-a-translation"));
        }
        return item;
    }

    private void follow(Actor actor, EditableItem item, String credit, boolean followsLatestSource) {
        long id = item.id();
        int sourceRevision = followsLatestSource
                ? items.find(item.translation().sourceItemId()).map(EditableItem::revisionNumber)
                        .orElse(item.translation().sourceRevision())
                : item.translation().sourceRevision();
        try {
            items.setTranslation(id, new Translation(item.translation().sourceItemId(), sourceRevision,
                    blankToNull(credit)));
        } catch (DataIntegrityViolationException tooLong) {
            // The column's length is the one rule a credit has; the form says it too (maxlength).
            throw new ContentValidationException(Map.of("translationCredit", "error.translation-credit.too-long"));
        }
        audit.record(actor, "content.translation-update", "content_item", id,
                followsLatestSource ? "up to date with source revision " + sourceRevision : null);
        changes.record("content_item", id, item.draft().language().code(), "translation-updated");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
