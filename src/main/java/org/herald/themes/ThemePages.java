package org.herald.themes;

import java.util.List;

import org.herald.i18n.Language;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/** Every theme's page under What We Do, for the sitemap. */
@Component
class ThemePages implements SitePages {

    private final Themes themes;

    ThemePages(Themes themes) {
        this.themes = themes;
    }

    @Override
    public List<String> paths(Language language) {
        return themes.stored().stream().map(theme -> Theme.SECTION + "/" + theme.code()).toList();
    }
}
