package org.herald.web;

import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.springframework.stereotype.Component;

/** The language of a public URL's first segment; an unknown or disabled one is a 404. */
@Component
public class SiteLanguage {

    private final SiteLanguages languages;

    SiteLanguage(SiteLanguages languages) {
        this.languages = languages;
    }

    public Language of(String code) {
        return languages.fromPath(code).orElseThrow(NotFoundException::new);
    }
}
