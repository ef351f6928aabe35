package org.herald.web;

import java.time.ZoneId;
import java.util.List;

import org.herald.i18n.Language;

/**
 * What the frame of every page shows that the site owns: its name and menu in a language, and
 * the zone times are shown in. The site module provides it; the web layer only asks.
 */
public interface SiteFrame {

    /** The site's name in the language (read from the database). */
    String siteName(Language language);

    /** The public menu in the language (read from the database). */
    List<MenuLink> menu(Language language);

    /** The footer's legal pages and media contact in the language (read from the database). */
    SiteFooter footer(Language language);

    /** The organization's time zone, in which pages show times. */
    ZoneId zone();
}
