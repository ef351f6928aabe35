package org.herald.themes;

import org.herald.i18n.Language;

/**
 * A theme's name and description in one language, as stored.
 *
 * @param writtenBy who wrote it when not the organization ("Herald team" for the demo's), else null
 */
record ThemeText(Language language, String name, String description, String writtenBy) {
}
