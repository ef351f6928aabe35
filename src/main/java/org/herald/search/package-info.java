/**
 * Search: one embedded Lucene index per node, under the data folder, built from the public read
 * model (published articles and pages, countries, contacts) and kept current by following the
 * change log. It owns query parsing (per-language analysis), facets, highlighting, spelling
 * suggestions, the public search page, {@code /api/v1/search} and the {@code reindex} command.
 * The database stays the source of truth: an index can always be thrown away and rebuilt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.herald.search;
