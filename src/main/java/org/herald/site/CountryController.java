package org.herald.site;

import org.herald.web.NotFoundException;
import org.herald.web.Redirects;
import org.herald.web.SiteLanguage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.content.PublishedContent;
import org.herald.figures.Indicators;
import org.herald.figures.PublicFigures;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.places.CountryName;
import org.herald.places.Countries;
import org.herald.presence.CountryPresence;
import org.herald.presence.PresenceFilter;
import org.herald.presence.WhereWeWork;
import org.herald.careers.Vacancies;
import org.herald.careers.VacancyFilter;
import org.herald.partners.Partners;
import org.herald.themes.Themes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The countries: where the organization works, and a page per country. */
@Controller
class CountryController {

    private static final int NEWS_ON_COUNTRY_PAGE = 20;
    private static final int FIGURES_ON_COUNTRY_PAGE = 10;

    private final SiteLanguage siteLanguage;
    private final Countries countries;
    private final Directory directory;
    private final PublishedContent content;
    private final PublicFigures figures;
    private final WhereWeWork where;
    private final Themes themes;
    private final Partners partners;
    private final Indicators indicators;
    private final Vacancies vacancies;

    CountryController(SiteLanguage siteLanguage, Countries countries, Directory directory, PublishedContent content,
                      PublicFigures figures, WhereWeWork where, Themes themes, Partners partners,
                      Indicators indicators, Vacancies vacancies) {
        this.indicators = indicators;
        this.vacancies = vacancies;
        this.partners = partners;
        this.where = where;
        this.themes = themes;
        this.siteLanguage = siteLanguage;
        this.countries = countries;
        this.directory = directory;
        this.content = content;
        this.figures = figures;
    }

    /**
     * Every country; filtered by region, presence or membership, the countries that match in a
     * table (an unknown filter value is a 400 naming it).
     */
    @GetMapping("/{lang:[a-z]{2}}/countries")
    String index(@PathVariable String lang, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String presence, @RequestParam(required = false) String membership,
                 Model model) {
        Language language = siteLanguage.of(lang);
        PresenceFilter filter = where.filter(region, presence, membership);
        model.addAttribute("filter", filter);
        model.addAttribute("regions", where.regions());
        model.addAttribute("matching", filter.any() ? where.countries(language, filter) : List.of());
        model.addAttribute("present", filter.any() ? List.of()
                : countries.sorted(present(directory, content, language), language));
        model.addAttribute("all", filter.any() ? List.of() : countries.all(language));
        return "site/countries";
    }

    @GetMapping("/{lang:[a-z]{2}}/countries/{code}")
    String country(@PathVariable String lang, @PathVariable String code, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        CountryName country = countries.find(code, language).orElseThrow(NotFoundException::new);
        if (!code.equals(country.slug())) {
            return Redirects.permanent(request, "/" + lang + "/countries/" + country.slug());
        }
        model.addAttribute("country", country);
        CountryPresence presence = where.of(country.code());
        model.addAttribute("presence", presence);
        model.addAttribute("region", presence.regionCode() == null ? null
                : where.region(presence.regionCode()).orElse(null));
        model.addAttribute("offices", directory.officesIn(country.code()));
        model.addAttribute("contacts", directory.inCountry(country.code()));
        model.addAttribute("news", content.aboutCountry(language, country.code(), NEWS_ON_COUNTRY_PAGE));
        model.addAttribute("figures", figures.find(country.code(), null).stream().limit(FIGURES_ON_COUNTRY_PAGE).toList());
        model.addAttribute("latest", indicators.latestFor(country.code(), language));
        model.addAttribute("themes", themes.ofCountry(country.code(), language));
        model.addAttribute("agreements", partners.views(partners.agreementsCovering(country.code()), language));
        model.addAttribute("vacancies", vacancies.shown(language, new VacancyFilter(null, country.code(), null, null, null)));
        return "site/country";
    }

    /** Countries with an office, or with news in the language. */
    static Set<String> present(Directory directory, PublishedContent content, Language language) {
        Set<String> present = new TreeSet<>(directory.countriesWithOffices());
        present.addAll(content.countriesWithNews(language));
        return present;
    }
}
