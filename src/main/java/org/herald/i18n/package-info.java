/**
 * Languages: the six UN languages Herald knows, the ones a site has enabled, message bundles
 * for every visible word, and choosing the reader's language from the URL or the
 * {@code Accept-Language} header.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Languages")
package org.herald.i18n;
