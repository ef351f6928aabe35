package org.herald.site;

import org.herald.i18n.Language;

/**
 * A section of the site as the home page lists it: the menu label, its page and its summary,
 * which is in {@code summaryLanguage} (the original's, while the page has no translation).
 */
public record Section(String label, String href, String summary, Language summaryLanguage) {
}
