package org.herald.importer.crawl;

import java.util.List;

/**
 * A crawled page taken apart: the site's navigation, the title (null for an empty page), the
 * body blocks between title and contacts, and the media contacts.
 */
public record CrawledPage(
        List<NavigationEntry> navigation, String title, List<BodyBlock> body, List<ContactPerson> contacts) {

    public CrawledPage {
        navigation = List.copyOf(navigation);
        body = List.copyOf(body);
        contacts = List.copyOf(contacts);
    }
}
