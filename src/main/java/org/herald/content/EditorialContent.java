package org.herald.content;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the back office reads about content: working copies, lists, revisions, review comments,
 * and the working copy rendered as the public would see it (for previews, never for the public
 * site, which reads only {@link PublishedContent}).
 */
@Component
public class EditorialContent {

    private final ContentItems items;
    private final Revisions revisions;
    private final ReviewComments comments;
    private final BodyRenderer bodies;
    private final ContentProperties properties;
    private final org.herald.media.MediaLibrary media;

    EditorialContent(ContentItems items, Revisions revisions, ReviewComments comments, BodyRenderer bodies,
                     ContentProperties properties, org.herald.media.MediaLibrary media) {
        this.media = media;
        this.items = items;
        this.revisions = revisions;
        this.comments = comments;
        this.bodies = bodies;
        this.properties = properties;
    }

    public EditableItem get(long id) {
        return items.find(id).orElseThrow(() -> new ContentNotFoundException(id));
    }

    /** Every language version, most recently changed first; {@code type} null for all. */
    public List<ItemSummary> list(ContentType type) {
        return items.list(type);
    }

    /** Language versions of a type and in a state, most recently changed first; either null for all. */
    public List<ItemSummary> list(ContentType type, ContentStatus status) {
        return items.list(type, status);
    }

    /** The working titles of these items, by id, in one query; other modules name items by them. */
    public java.util.Map<Long, String> titles(java.util.Collection<Long> ids) {
        return items.titles(ids);
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

    /** One revision in full. */
    public RevisionSnapshot revision(long id, int number) {
        return revisions.snapshot(id, number).orElseThrow(() -> new ContentNotFoundException(id));
    }

    /** The review's comments, oldest first. */
    public List<ReviewComment> comments(long id) {
        return comments.of(id);
    }

    /** The working copy's body as sanitized HTML, library images included. */
    public String bodyHtml(String markdown) {
        return bodies.html(markdown);
    }

    /**
     * The latest revision of an item shaped like a published page, for embargoed previews and
     * the editor's preview. Nothing here comes from, or goes to, the public read model. An
     * article dated by its publication shows the day it is scheduled for.
     */
    public PublishedView preview(long id) {
        EditableItem item = get(id);
        ContentDraft draft = item.draft();
        java.time.LocalDate date = draft.releaseDate() == null && draft.dateFromPublication() && item.publishAt() != null
                && draft.type() == ContentType.ARTICLE
                ? item.publishAt().atZoneSameInstant(properties.timeZone()).toLocalDate() : draft.releaseDate();
        return new PublishedView(item.id(), item.translationGroup(), draft.type(), draft.kind(), draft.language(),
                draft.slug(), draft.title(), draft.summary(), bodies.html(draft.bodyMarkdown()), date,
                draft.datelineCity(), draft.datelineCountry(), draft.parentGroup(), draft.layout(), draft.featured(),
                item.firstPublishedAt(), null, draft.countries(), draft.contacts(), !item.isTranslation(),
                item.isTranslation() ? item.translation().credit() : null, Blocks.read(draft.blocks()),
                Picture.of(media, draft.image()));
    }
}
