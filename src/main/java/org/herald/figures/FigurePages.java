package org.herald.figures;

import java.util.List;

import org.herald.i18n.Language;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/** The Figures page, for the sitemap. */
@Component
class FigurePages implements SitePages {

    @Override
    public List<String> paths(Language language) {
        return List.of(FiguresController.PATH);
    }
}
