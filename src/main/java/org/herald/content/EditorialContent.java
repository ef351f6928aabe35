package org.herald.content;

import java.util.List;

import org.springframework.stereotype.Component;

/** What the back office reads about content: working copies, lists and revisions. */
@Component
public class EditorialContent {

    private final ContentItems items;
    private final Revisions revisions;

    EditorialContent(ContentItems items, Revisions revisions) {
        this.items = items;
        this.revisions = revisions;
    }

    public EditableItem get(long id) {
        return items.find(id).orElseThrow(() -> new ContentNotFoundException(id));
    }

    /** Every language version, most recently changed first; {@code type} null for all. */
    public List<ItemSummary> list(ContentType type) {
        return items.list(type);
    }

    /** Every language version of the item's translation group, the original first. */
    public List<TranslationLine> translations(long id) {
        return items.group(get(id).translationGroup());
    }

    /** What a translator into this language has to do: untranslated originals, outdated translations. */
    public List<TranslationLine> toTranslate(org.herald.i18n.Language language) {
        return items.toTranslate(language);
    }

    /**
     * For a translation, what changed in its source since the revision it follows (title,
     * summary and text, line by line); empty for an original or an up-to-date translation.
     */
    public List<TextDiff> sourceChanges(long id) {
        EditableItem item = get(id);
        if (!item.isTranslation()) {
            return List.of();
        }
        EditableItem source = get(item.translation().sourceItemId());
        if (source.revisionNumber() <= item.translation().sourceRevision()) {
            return List.of();
        }
        RevisionText before = revisions.text(source.id(), item.translation().sourceRevision())
                .orElse(new RevisionText("", "", ""));
        RevisionText after = revisions.text(source.id(), source.revisionNumber()).orElseThrow();
        return java.util.stream.Stream.of(
                        TextDiff.of("title", before.title(), after.title()),
                        TextDiff.of("summary", before.summary(), after.summary()),
                        TextDiff.of("body", before.bodyMarkdown(), after.bodyMarkdown()))
                .filter(TextDiff::changed)
                .toList();
    }

    /** The item's revisions, newest first. */
    public List<RevisionSummary> revisions(long id) {
        return revisions.of(id);
    }
}
