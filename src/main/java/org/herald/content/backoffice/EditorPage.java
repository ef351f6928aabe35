package org.herald.content.backoffice;

import java.util.List;
import java.util.Map;

import org.herald.content.EditableItem;
import org.herald.content.GroupFields;
import org.herald.content.ReviewComment;
import org.herald.content.RevisionSummary;
import org.herald.content.TextDiff;
import org.herald.content.Transition;
import org.herald.content.TranslationLine;
import org.herald.i18n.Language;
import org.herald.media.MediaItem;

/**
 * Everything the edit screen shows.
 *
 * @param item        the item, null for a new one
 * @param errors      field → message key of what is wrong with the form
 * @param problem     message key of a problem with the whole form, or null
 * @param moves       the workflow moves the reader may make from the item's state
 * @param others      who else has the item open
 * @param images      the newest library images, to insert
 * @param previewHtml the body as it will look, when the user asked for a preview
 * @param canDelete   whether the reader may delete the item (never published)
 * @param translations every language version of the item, the original first
 * @param source      the original a translation follows (or a new translation is made from); else null
 * @param sourceChanges what changed in the source since the revision the translation follows
 * @param languages   the languages the site is offered in
 * @param groupFields other modules' fields about the item's translation group (its goals); none
 *                    on a translation, whose original carries them
 */
public record EditorPage(EditableItem item, ContentForm form, Map<String, String> errors, String problem,
                         EditorOptions.Choices choices, List<RevisionSummary> revisions, List<Transition> moves,
                         List<ReviewComment> comments, List<Presence> others, List<MediaItem> images,
                         String previewHtml, boolean canDelete, List<TranslationLine> translations,
                         EditableItem source, List<TextDiff> sourceChanges, List<Language> languages,
                         List<GroupFields.Shown> groupFields) {

    /** Whether the form makes a new translation (of {@link #source()}). */
    public boolean newTranslation() {
        return item == null && source != null;
    }

    /** Where the form is sent. */
    public String action() {
        return newTranslation() ? "/admin/content/" + source.id() + "/translate"
                : item == null ? "/admin/content" : "/admin/content/" + item.id();
    }

    /** The site's languages this item has no version in yet. */
    public List<Language> missingLanguages() {
        return languages.stream().filter(language -> translations.stream()
                .noneMatch(version -> version.language() == language)).toList();
    }

    /** Whether the reader may make this move ("APPROVE"). */
    public boolean can(String move) {
        return moves.contains(Transition.valueOf(move));
    }

    /** The names of the others who have the item open, for the notice. */
    public String otherNames() {
        return String.join(", ", others.stream().map(Presence::name).toList());
    }
}
