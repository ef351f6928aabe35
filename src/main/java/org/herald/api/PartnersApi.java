package org.herald.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.TaggedItem;
import org.herald.api.PartnerViews.AgreementList;
import org.herald.api.PartnerViews.AgreementSummary;
import org.herald.api.PartnerViews.NamedCountry;
import org.herald.api.PartnerViews.PartnerDetail;
import org.herald.api.PartnerViews.PartnerList;
import org.herald.api.PartnerViews.PartnerName;
import org.herald.api.PartnerViews.PartnerSummary;
import org.herald.i18n.Language;
import org.herald.partners.Partner;
import org.herald.partners.Partners;
import org.herald.places.Countries;
import org.herald.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/partners} and {@code /api/v1/agreements}: the partner organizations and the
 * agreements with them, as the Partnerships pages show them.
 */
@RestController
@Tag(name = "Partnerships")
@ApiErrors
class PartnersApi {

    private final Partners partners;
    private final Countries countries;
    private final ApiParameters parameters;

    PartnersApi(Partners partners, Countries countries, ApiParameters parameters) {
        this.partners = partners;
        this.countries = countries;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/partners", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The partner organizations, named in the language, by name")
    PartnerList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                     HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, PartnerSummary.class);
        Language language = parameters.language(lang);
        return new PartnerList(partners.sorted(language).stream().map(p -> PartnerSummary.of(p, language)).toList());
    }

    @GetMapping(value = "/api/v1/partners/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A partner with its names, member states, agreements and the newest news that mentions it")
    PartnerDetail partner(@PathVariable String code, @RequestParam(required = false) String lang,
                          @RequestParam(required = false) String limit, HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "limit");
        Language language = parameters.language(lang);
        int size = parameters.limit(limit);
        Partner partner = partners.find(code).orElseThrow(NotFoundException::new);
        return new PartnerDetail(PartnerSummary.of(partner, language),
                partner.names().stream().map(name -> new PartnerName(name.language() == null ? null
                        : name.language().code(), name.name())).toList(),
                countries.sorted(partner.members(), language).stream().map(NamedCountry::of).toList(),
                agreements(partners.agreementsOf(partner.id()), language),
                partners.news(partner, language, size).stream().map(TaggedItem::of).toList());
    }

    @GetMapping(value = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The agreements with partners, newest first, their parties named in the language")
    AgreementList agreements(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                             HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, AgreementSummary.class);
        Language language = parameters.language(lang);
        return new AgreementList(agreements(partners.agreements(), language));
    }

    private List<AgreementSummary> agreements(List<org.herald.partners.Agreement> agreements, Language language) {
        return partners.views(agreements, language).stream().map(view -> AgreementSummary.of(view, language)).toList();
    }
}
