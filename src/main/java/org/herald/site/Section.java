package org.herald.site;

import org.herald.i18n.Language;

/**
 * A section of the site as the home page lists it: the menu label, its page and its summary,
 * which is in {@code summaryLanguage} (the original's, while the page has no translation), and
 * the translation group of its page (whose sub-pages are the menu's second level).
 */
public record Section(String label, String href, String summary, Language summaryLanguage, java.util.UUID group) {
}
