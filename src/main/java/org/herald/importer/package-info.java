/**
 * Bringing content into Herald from elsewhere: parsing crawled pages of an old site (the
 * seed is one), and loading the seed's content on the first start of an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importer")
package org.herald.importer;
