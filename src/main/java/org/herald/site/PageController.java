package org.herald.site;

import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.herald.web.Redirects;
import org.herald.web.SiteLanguage;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.content.ContentType;
import org.herald.content.NewsQuery;
import org.herald.content.PageLayout;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.web.MenuLink;
import org.herald.content.PublishedView;
import org.herald.goals.Goals;
import org.herald.highlights.Highlights;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.herald.figures.DataSection;
import org.herald.careers.Vacancies;
import org.herald.careers.VacancyFilter;
import org.herald.partners.Partners;
import org.herald.themes.Themes;
import org.herald.presence.WhereWeWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages, section pages among them: the page's text, its child pages, and what its layout adds
 * (the profile's facts, the countries, the news, the goals, the themes, the partners and agreements), its
 * blocks, and the highlights pinned to it. A renamed page's old URL redirects.
 */
@Controller
class PageController {

    private final SiteLanguage siteLanguage;
    private final ContentPages pages;
    private final PublishedContent content;
    private final ProfileFacts facts;
    private final Directory directory;
    private final Countries countries;
    private final Goals goals;
    private final Themes themes;
    private final Partners partners;
    private final WhereWeWork where;
    private final PageBlocks blocks;
    private final Highlights pins;
    private final DataSection data;
    private final Vacancies vacancies;

    PageController(SiteLanguage siteLanguage, ContentPages pages, PublishedContent content, ProfileFacts facts,
                   Directory directory, Countries countries, Goals goals, Themes themes, WhereWeWork where,
                   Partners partners, PageBlocks blocks, Highlights pins, DataSection data, Vacancies vacancies) {
        this.data = data;
        this.vacancies = vacancies;
        this.blocks = blocks;
        this.pins = pins;
        this.where = where;
        this.partners = partners;
        this.goals = goals;
        this.themes = themes;
        this.siteLanguage = siteLanguage;
        this.pages = pages;
        this.content = content;
        this.facts = facts;
        this.directory = directory;
        this.countries = countries;
    }

    @GetMapping("/{lang:[a-z]{2}}/{slug}")
    String page(@PathVariable String lang, @PathVariable String slug, @ModelAttribute("ctx") PageContext ctx,
                Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        ContentPages.Answer answer = pages.find(ContentType.PAGE, language, slug).orElseThrow(NotFoundException::new);
        if (answer.redirect() != null) {
            return answer.permanent() ? Redirects.permanent(request, answer.redirect()) : "redirect:" + answer.redirect();
        }
        PublishedView page = answer.shown();
        model.addAttribute("ctx", ctx.withLanguageLinks(answer.links()).withTrail(parents(page, language)));
        model.addAttribute("page", page);
        model.addAttribute("fallback", answer.fallback());
        model.addAttribute("original", answer.original());
        model.addAttribute("children", content.children(language, page.translationGroup()));
        model.addAttribute("blocks", blocks.show(page.blocks(), language));
        model.addAttribute("pins", pins.current(Highlights.placeOf(page.translationGroup()), language));
        model.addAttribute("facts", page.layout() == PageLayout.PROFILE ? facts.lines(ctx) : List.of());
        model.addAttribute("countries", page.layout() == PageLayout.COUNTRIES
                ? countries.sorted(CountryController.present(directory, content, language), language) : List.of());
        model.addAttribute("where", page.layout() == PageLayout.COUNTRIES ? where.view(language) : null);
        model.addAttribute("news", page.layout() == PageLayout.NEWS
                ? content.news(new NewsQuery(language, null, null, null, 1, 10)).items() : List.of());
        model.addAttribute("goals", page.layout() == PageLayout.GOALS ? goals.counts(language) : List.of());
        model.addAttribute("themes", page.layout() == PageLayout.THEMES ? themes.counts(language) : List.of());
        boolean partnerships = page.layout() == PageLayout.PARTNERS;
        model.addAttribute("partners", partnerships ? partners.sorted(language) : List.of());
        model.addAttribute("agreements", partnerships ? partners.views(partners.agreements(), language) : List.of());
        model.addAttribute("data", page.layout() == PageLayout.DATA ? data.show(language) : null);
        model.addAttribute("vacancies", page.layout() == PageLayout.VACANCIES
                ? vacancies.shown(language, VacancyFilter.NONE) : List.of());
        return "site/page";
    }

    /** A sub-page's breadcrumb: its parent page, in the language or in its original's. */
    private List<MenuLink> parents(PublishedView page, Language language) {
        if (page.parentGroup() == null) {
            return List.of();
        }
        List<PublishedSummary> versions = content.versionsOf(List.of(page.parentGroup()))
                .getOrDefault(page.parentGroup(), List.of());
        return versions.stream().filter(parent -> parent.language() == language).findFirst()
                .or(() -> versions.stream().findFirst())
                .map(parent -> List.of(new MenuLink(parent.title(), parent.pathIn(language))))
                .orElse(List.of());
    }
}
