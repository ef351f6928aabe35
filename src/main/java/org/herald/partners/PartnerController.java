package org.herald.partners;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.media.MediaLibrary;
import org.herald.places.Countries;
import org.herald.presence.WhereWeWork;
import org.herald.web.BadRequestException;
import org.herald.web.NotFoundException;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partners' public pages in the reader's language: the list (filtered by type; an unknown
 * type is a 400 naming it), a page per partner with its agreements, the news that mentions it and
 * the countries it covers, and a page per agreement with its parties, signatories, dates, countries,
 * documents and the releases that announce it.
 */
@Controller
class PartnerController {

    private static final int NEWS_ON_PARTNER_PAGE = 20;

    private final SiteLanguage siteLanguage;
    private final Partners partners;
    private final Countries countries;
    private final WhereWeWork where;
    private final MediaLibrary media;
    private final PageContexts contexts;

    PartnerController(SiteLanguage siteLanguage, Partners partners, Countries countries, WhereWeWork where,
                      MediaLibrary media, PageContexts contexts) {
        this.siteLanguage = siteLanguage;
        this.partners = partners;
        this.countries = countries;
        this.where = where;
        this.media = media;
        this.contexts = contexts;
    }

    @GetMapping("/{lang:[a-z]{2}}" + Partner.SECTION)
    String list(@PathVariable String lang, @RequestParam(required = false) String type, Model model,
                HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        PartnerType filter = type == null || type.isBlank() ? null
                : PartnerType.parse(type).orElseThrow(() -> new BadRequestException("error.parameter.partner-type", type));
        model.addAttribute("type", filter);
        model.addAttribute("partners", partners.sorted(language).stream()
                .filter(partner -> filter == null || partner.type() == filter).toList());
        model.addAttribute("agreements", filter == null ? partners.views(partners.agreements(), language) : List.of());
        return "partners/partner-list";
    }

    @GetMapping("/{lang:[a-z]{2}}" + Partner.SECTION + "/{code}")
    String partner(@PathVariable String lang, @PathVariable String code, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        Partner partner = partners.find(code).orElseThrow(NotFoundException::new);
        List<Agreement> agreements = partners.agreementsOf(partner.id());
        java.util.Set<String> covered = new java.util.TreeSet<>(partner.members());
        agreements.forEach(agreement -> covered.addAll(agreement.countries()));
        model.addAttribute("partner", partner);
        model.addAttribute("agreements", partners.views(agreements, language));
        model.addAttribute("news", partners.news(partner, language, NEWS_ON_PARTNER_PAGE));
        model.addAttribute("members", countries.sorted(partner.members(), language));
        model.addAttribute("covered", countries.sorted(covered, language));
        model.addAttribute("country", partner.countryCode() == null ? null
                : countries.named(partner.countryCode(), language));
        model.addAttribute("region", partner.regionCode() == null ? null
                : where.region(partner.regionCode()).orElse(null));
        return "partners/partner";
    }

    @GetMapping("/{lang:[a-z]{2}}" + Agreement.SECTION + "/{slug}")
    String agreement(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        Agreement agreement = partners.agreement(slug).orElseThrow(NotFoundException::new);
        model.addAttribute("agreement", partners.views(List.of(agreement), language).get(0));
        model.addAttribute("countries", countries.sorted(agreement.countries(), language));
        model.addAttribute("documents", media.byKeys(agreement.documents()));
        model.addAttribute("releases", partners.releases(agreement, language));
        return "partners/agreement";
    }
}
