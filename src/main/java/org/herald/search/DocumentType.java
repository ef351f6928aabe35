package org.herald.search;

/**
 * What a search result is. New kinds of public thing (vacancies, when Herald has them) join
 * here and in {@link SearchSources}; nothing else in the index needs to change.
 */
enum DocumentType {
    ARTICLE,
    PAGE,
    COUNTRY,
    CONTACT,
    PARTNER;

    /** The lower-case form used in the JSON API and in document ids ("article"). */
    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The document id of one thing of this type ("item:42", "country:FR"). Articles and pages
     * share "item": a content item keeps its id whatever its type.
     */
    String id(Object key) {
        return (this == ARTICLE || this == PAGE ? "item" : code()) + ":" + key;
    }
}
