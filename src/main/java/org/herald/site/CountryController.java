package org.herald.site;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.content.PublishedContent;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.places.CountryName;
import org.herald.places.Countries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The countries: where the organization works, and a page per country. */
@Controller
class CountryController {

    private static final int NEWS_ON_COUNTRY_PAGE = 20;

    private final SiteLanguage siteLanguage;
    private final Countries countries;
    private final Directory directory;
    private final PublishedContent content;

    CountryController(SiteLanguage siteLanguage, Countries countries, Directory directory, PublishedContent content) {
        this.siteLanguage = siteLanguage;
        this.countries = countries;
        this.directory = directory;
        this.content = content;
    }

    @GetMapping("/{lang:[a-z]{2}}/countries")
    String index(@PathVariable String lang, Model model) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("present", countries.sorted(present(directory, content, language), language));
        model.addAttribute("all", countries.all(language));
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
        model.addAttribute("offices", directory.officesIn(country.code()));
        model.addAttribute("contacts", directory.inCountry(country.code()));
        model.addAttribute("news", content.aboutCountry(language, country.code(), NEWS_ON_COUNTRY_PAGE));
        return "site/country";
    }

    /** Countries with an office, or with news in the language. */
    static Set<String> present(Directory directory, PublishedContent content, Language language) {
        Set<String> present = new TreeSet<>(directory.countriesWithOffices());
        present.addAll(content.countriesWithNews(language));
        return present;
    }
}
