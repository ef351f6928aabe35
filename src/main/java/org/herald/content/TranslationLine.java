package org.herald.content;

import org.herald.i18n.Language;

/**
 * One language version in a translation overview.
 *
 * @param sourceItemId the version it was translated from; null for the original
 * @param outdated     a translation whose source has changed since it was last brought up to date
 */
public record TranslationLine(long id, Language language, String title, ContentStatus status, Long sourceItemId,
                              boolean outdated) {

    public boolean isOriginal() {
        return sourceItemId == null;
    }
}
