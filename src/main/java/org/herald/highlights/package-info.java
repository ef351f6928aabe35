/**
 * Highlights: what editors pin to the home page and to section pages, in order, each from a
 * start to an end time (UTC instants, typed in the editor's own zone) in one language or in all.
 * A pin is a published item (shown in the reader's language, as lists show it) or an external
 * link with its title and picture. Which pins show is decided from the clock each time a page is
 * read, on every node; a page that shows them tells the page cache when the next one starts or
 * ends, so no cached copy outlives it. Every change is audited and written to the change log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Highlights")
package org.herald.highlights;
