/**
 * The page cache of each node: public responses kept rendered and compressed in memory, served
 * with their ETag (a 304 needs no database), and evicted by key within a second of the change
 * log naming what they depend on (see {@link org.herald.changes.Dependencies}). Each response
 * names its keys in a {@code Surrogate-Key} header, so a CDN in front can be purged the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page cache")
package org.herald.cache;
