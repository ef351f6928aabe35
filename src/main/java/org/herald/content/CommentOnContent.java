package org.herald.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds a comment to an item's review, about its latest revision. */
@Component
public class CommentOnContent {

    private final ContentItems items;
    private final ReviewComments comments;
    private final AuditLog audit;
    private final Clock clock;

    CommentOnContent(ContentItems items, ReviewComments comments, AuditLog audit, Clock clock) {
        this.items = items;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void comment(Actor actor, long id, String body) {
        actor.require(Permission.CONTENT_COMMENT);
        EditableItem item = items.find(id).orElseThrow(() -> new ContentNotFoundException(id));
        String text = ReviewComments.clean(body);
        if (text == null) {
            throw new ContentValidationException(Map.of("comment", "error.comment.required"));
        }
        comments.add(id, item.revisionNumber(), ReviewComment.Kind.COMMENT, text, actor, OffsetDateTime.now(clock));
        audit.record(actor, "content.comment", "content_item", id, abbreviate(text));
    }

    static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
