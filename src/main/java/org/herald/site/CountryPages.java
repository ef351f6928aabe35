package org.herald.site;

import java.util.List;
import java.util.Locale;

import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/**
 * For the sitemap: the page of every country with an office (the presence module adds those with a
 * presence or a membership). Countries with news alone are left out: finding them in a language
 * other than the archive's means reading every article's language fallback (2 s per sitemap on H2
 * with 100,000 articles), and their page is mostly a list of links the news sitemap already gives.
 */
@Component
class CountryPages implements SitePages {

    private final Directory directory;

    CountryPages(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> paths(Language language) {
        return directory.countriesWithOffices().stream().sorted()
                .map(code -> "/countries/" + code.toLowerCase(Locale.ROOT)).toList();
    }
}
