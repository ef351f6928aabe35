package org.herald.content;

/** Whether an item is an article (dated, in the newsroom) or a page (part of the site's structure). */
public enum ContentType {
    ARTICLE,
    PAGE
}
