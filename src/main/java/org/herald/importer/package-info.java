/**
 * Bringing content into Herald from elsewhere: legacy archives (crawled text, HTML, WXR, JSON
 * Lines) imported in batches that survive their node, with the rules that recognize
 * organizations and themes, the queue of items to review, and the seed's content loaded on the
 * first start of an empty database. Its back-office screens: uploading an archive, a batch's
 * progress, the review queue and the rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importer")
package org.herald.importer;
