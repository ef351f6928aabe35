package org.herald.api;

import java.util.List;

import org.herald.api.ApiViews.Translation;
import org.herald.content.ContentType;
import org.herald.content.PublishedSummary;

/** Links to published items, each with its page on the site and its address in the API. */
final class Translations {

    private Translations() {
    }

    static List<Translation> of(List<PublishedSummary> items) {
        return items.stream().map(Translations::link).toList();
    }

    static Translation link(PublishedSummary item) {
        String api = item.type() == ContentType.ARTICLE ? "/api/v1/articles/" : "/api/v1/pages/";
        return new Translation(item.language().code(), item.title(), item.path(),
                api + item.language().code() + "/" + item.slug());
    }
}
