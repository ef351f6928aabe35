package org.herald.web;

import java.util.List;

/**
 * One entry of the public menu: its label in the page's language, where it leads, and its
 * second-level entries (the section's sub-pages), empty for a link without any.
 */
public record MenuLink(String label, String href, List<MenuLink> children) {

    public MenuLink {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A link without second-level entries (a breadcrumb, a sub-page). */
    public MenuLink(String label, String href) {
        this(label, href, List.of());
    }
}
