/**
 * Recovering what a raw item means: its date (only when the source states it), dateline, kind,
 * language, the countries, organizations, themes and figures it names, and its contacts in the
 * directory's form. Whatever cannot be told for sure is left unknown and named in a warning.
 */
package org.herald.importer.recover;
