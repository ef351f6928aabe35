package org.herald.web;

import java.util.List;

import org.herald.i18n.Language;

/**
 * Public pages a module serves under every language, which the sitemap lists beside the site's
 * fixed pages and its content (the goals', the themes', the regions' and the countries' pages). A
 * module adds its pages by providing a bean; each page exists in every language of the site.
 */
public interface SitePages {

    /** The pages' paths after the language ({@code /2030-agenda/goal-10}), for the language's sitemap. */
    List<String> paths(Language language);
}
