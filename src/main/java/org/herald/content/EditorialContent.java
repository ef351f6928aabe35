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

    /** The item's revisions, newest first. */
    public List<RevisionSummary> revisions(long id) {
        return revisions.of(id);
    }
}
