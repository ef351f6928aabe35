package org.herald.content;

/**
 * Whether an item is an article (dated, in the newsroom), a page (part of the site's structure) or a
 * vacancy (a job opening under Work with us, whose terms the careers module keeps beside it).
 */
public enum ContentType {
    ARTICLE,
    PAGE,
    VACANCY
}
