package org.herald.web;

/** One entry of the public menu: its label in the page's language and where it leads. */
public record MenuLink(String label, String href) {
}
