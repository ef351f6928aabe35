/**
 * Reading crawled pages of the organization's old site. A crawl gives plain text in which
 * the site's menu, the article and its media contacts run together; this package takes that
 * text apart into navigation entries, a title, body blocks and contacts, writes the body as
 * Markdown and picks organization facts out of profile sentences. Pure text heuristics, no
 * Spring and no I/O, so the importer can run them on any archive.
 */
package org.herald.importer.crawl;
