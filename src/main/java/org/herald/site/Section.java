package org.herald.site;

/** A section of the site as the home page lists it: the menu label, its page and its summary. */
public record Section(String label, String href, String summary) {
}
