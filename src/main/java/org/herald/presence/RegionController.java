package org.herald.presence;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.web.NotFoundException;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A page per region: its name, its regional office, and its countries with their presence. */
@Controller
class RegionController {

    private final SiteLanguage siteLanguage;
    private final WhereWeWork where;
    private final Directory directory;
    private final PageContexts contexts;

    RegionController(SiteLanguage siteLanguage, WhereWeWork where, Directory directory, PageContexts contexts) {
        this.siteLanguage = siteLanguage;
        this.where = where;
        this.directory = directory;
        this.contexts = contexts;
    }

    @GetMapping("/{lang:[a-z]{2}}/regions/{code}")
    String region(@PathVariable String lang, @PathVariable String code, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        Region region = where.region(code).orElseThrow(NotFoundException::new);
        model.addAttribute("region", region);
        model.addAttribute("office", region.officeId() == null ? null : directory.office(region.officeId()).orElse(null));
        model.addAttribute("countries", where.countries(language, new PresenceFilter(region.code(), null, null)));
        return "presence/region";
    }
}
