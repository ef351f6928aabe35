package org.herald.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A language version was published or unpublished, announced synchronously inside the
 * transaction that makes the move: a listener that writes (the outbox's messages) writes in that
 * transaction, so its rows commit or roll back with the move. Listeners must not talk to the
 * outside world here; they record what is to be sent.
 *
 * @param itemId           the language version
 * @param group            its translation group
 * @param language         its language code
 * @param action           "published" or "unpublished" ({@link Transition#changeAction})
 * @param firstPublication whether the public sees this version for the first time (else an update)
 * @param translation      whether it is a translation of another version
 * @param path             its public path ("/en/news/slug")
 * @param at               when the move was made
 */
public record ContentMoved(long itemId, UUID group, String language, String action, boolean firstPublication,
                           boolean translation, ContentType type, ArticleKind kind, String title, String summary,
                           String path, List<String> countries, List<String> themes, OffsetDateTime at) {

    /** Whether this move made the version public. */
    public boolean published() {
        return "published".equals(action);
    }
}
