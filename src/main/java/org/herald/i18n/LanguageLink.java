package org.herald.i18n;

/**
 * One entry of a page's language switcher and of its {@code hreflang} alternates: the page in
 * another language.
 *
 * @param path the page's path in that language ("/fr/news/…")
 */
public record LanguageLink(Language language, String path) {
}
