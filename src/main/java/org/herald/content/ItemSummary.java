package org.herald.content;

import java.time.OffsetDateTime;

import org.herald.i18n.Language;

/**
 * One line of the back office's content list.
 *
 * @param publishAt when a scheduled item goes live, null otherwise
 */
public record ItemSummary(long id, java.util.UUID translationGroup, ContentType type, ArticleKind kind, Language language, String title, String slug,
                          ContentStatus status, OffsetDateTime updatedAt, OffsetDateTime publishAt) {
}
