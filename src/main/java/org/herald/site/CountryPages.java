package org.herald.site;

import java.util.List;
import java.util.Locale;

import org.herald.content.PublishedContent;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/** For the sitemap: the page of every country with an office, or with news in the language. */
@Component
class CountryPages implements SitePages {

    private final Directory directory;
    private final PublishedContent content;

    CountryPages(Directory directory, PublishedContent content) {
        this.directory = directory;
        this.content = content;
    }

    @Override
    public List<String> paths(Language language) {
        return CountryController.present(directory, content, language).stream()
                .map(code -> "/countries/" + code.toLowerCase(Locale.ROOT)).toList();
    }
}
