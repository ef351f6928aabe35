package org.herald.web;

/** Nothing public answers to this URL; shown as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
