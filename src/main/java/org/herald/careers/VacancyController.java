package org.herald.careers;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.content.ContentType;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The vacancies' public pages: the list of open vacancies, filtered by duty station, country,
 * grade, contract type and language; a page per vacancy, which stays after it closes, marked
 * closed and kept out of search engines, so that links in old e-mails still lead somewhere.
 */
@Controller
class VacancyController {

    private final SiteLanguage siteLanguage;
    private final PageContexts contexts;
    private final Vacancies vacancies;
    private final PublishedContent content;

    VacancyController(SiteLanguage siteLanguage, PageContexts contexts, Vacancies vacancies, PublishedContent content) {
        this.siteLanguage = siteLanguage;
        this.contexts = contexts;
        this.vacancies = vacancies;
        this.content = content;
    }

    @GetMapping("/{lang:[a-z]{2}}/vacancies")
    String list(@PathVariable String lang, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        VacancyFilter filter = VacancyFilter.read(request.getParameterMap(), Set.of());
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("vacancyFilter", filter);
        model.addAttribute("vacancies", vacancies.shown(language, filter));
        return "careers/list";
    }

    @GetMapping("/{lang:[a-z]{2}}/vacancies/{slug}")
    String vacancy(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        PublishedView item = content.find(ContentType.VACANCY, language, slug)
                .or(() -> content.findInAnyLanguage(ContentType.VACANCY, slug).stream().findFirst())
                .orElseThrow(NotFoundException::new);
        VacancyTerms terms = vacancies.terms(item.translationGroup()).orElseThrow(NotFoundException::new);
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("page", item);
        model.addAttribute("vacancy", VacancyView.of(null, terms, language, vacancies.now()));
        return "careers/vacancy";
    }
}
