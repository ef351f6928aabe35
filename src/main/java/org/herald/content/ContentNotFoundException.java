package org.herald.content;

/** No content item with this id. */
class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(long id) {
        super("no content item " + id);
    }
}
