/**
 * Distribution: what lets a release be picked up beyond the site's own pages. News feeds in
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 (per language, per filter of the news listing, per
 * search), {@code robots.txt}, the sitemap index with its per-language sitemaps and the News
 * sitemap, and the rich previews every public page carries in its head (canonical URL,
 * OpenGraph and Twitter card, schema.org JSON-LD, feed links), with the favicon and the web app
 * manifest. It reads content only through the public read model, so what is embargoed, a draft
 * or unpublished is absent from every one of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds and structured data")
package org.herald.feeds;
