package org.herald.importer.crawl;

import java.util.Objects;

/** One entry of the site's menu as crawled; {@code teaser} is null when the menu shows none. */
public record NavigationEntry(String label, String teaser) {

    public NavigationEntry {
        Objects.requireNonNull(label, "label");
    }
}
