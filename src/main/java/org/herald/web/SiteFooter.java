package org.herald.web;

import java.util.List;

/**
 * What every page's footer shows that the site owns besides its name: the legal pages
 * (privacy, terms, accessibility statement, whichever are published) and the organization's
 * media contact.
 *
 * @param legal   links to the legal pages, in that order
 * @param contact the media contact, null when the directory has none
 * @param logo    the address of the organization's uploaded logo, null while it has none (the
 *                placeholder mark is shown)
 */
public record SiteFooter(List<MenuLink> legal, Contact contact, String logo) {

    /** A footer with nothing of the site's own (an error page shown without the database). */
    public static final SiteFooter EMPTY = new SiteFooter(List.of(), null, null);

    public SiteFooter {
        legal = legal == null ? List.of() : List.copyOf(legal);
    }

    /**
     * The media contact as the footer shows it.
     *
     * @param phone     the phone as a reader dials it, null when none
     * @param phoneHref its {@code tel:} link
     */
    public record Contact(String name, String office, String phone, String phoneHref, String email) {
    }
}
