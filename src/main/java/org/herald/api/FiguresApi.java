package org.herald.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.figures.FigureExports;
import org.herald.figures.PublicFigures;
import org.herald.figures.SourcedFigure;
import org.herald.i18n.Language;
import org.herald.organization.OrganizationProfile;
import org.herald.places.Countries;
import org.herald.web.BadRequestException;
import org.herald.web.QueryParameters;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/figures}: the figures published releases state, by country and year, each with
 * its source and its citation, as the Figures page and its CSV give them. A figure of a draft,
 * an embargoed or an unpublished release is never in it.
 */
@RestController
@Tag(name = "Figures")
@ApiErrors
class FiguresApi {

    private final PublicFigures figures;
    private final Countries countries;
    private final OrganizationProfile profile;
    private final ApiParameters parameters;

    FiguresApi(PublicFigures figures, Countries countries, OrganizationProfile profile, ApiParameters parameters) {
        this.figures = figures;
        this.countries = countries;
        this.profile = profile;
        this.parameters = parameters;
    }

    /** The figures asked for, with how to cite them and the terms of their reuse. */
    record FigureList(
            @Schema(description = "The terms the figures may be reused under: the site's terms of use") String licence,
            List<FigureView> figures) {
    }

    record FigureView(
            @Schema(description = "ISO 3166-1 code of the country", example = "BY") String country,
            @Schema(description = "The country's name in the language asked for") String countryName,
            @Schema(description = "The value, multipliers applied (12 million is 12000000)") java.math.BigDecimal value,
            @Schema(description = "What is counted, in the release's words", example = "migrants") String unit,
            @Schema(types = {"string", "null"}, description = "How the release hedges it", example = "estimated")
            String qualifier,
            @Schema(description = "The sentence that states it") String sentence,
            @Schema(types = {"string", "null"}, format = "date", description = "The release's date; null when "
                    + "unknown, never invented") LocalDate date,
            @Schema(types = {"string", "null"}, description = "Why the date is null") String dateReason,
            @Schema(description = "The release that states it") TaggedItemRef source,
            @Schema(description = "How to cite it") String citation) {
    }

    record TaggedItemRef(String language, String title, String path) {
    }

    @GetMapping(value = "/api/v1/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Figures stated in published releases, largest first, with their sources and citations")
    FigureList list(
            @Parameter(description = "ISO 3166-1 code of a country") @RequestParam(required = false) String country,
            @Parameter(description = "Only figures of releases dated in this year (undated ones never match)")
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String fields, HttpServletRequest request) {
        parameters.allowOnly(request, "country", "year", "lang", "limit", "fields");
        parameters.fields(fields, request, FigureView.class);
        Language language = parameters.language(lang);
        int size = parameters.limit(limit);
        String code = null;
        if (country != null && !country.isBlank()) {
            if (!countries.exists(country.trim())) {
                throw new BadRequestException("error.parameter.country", country);
            }
            code = ApiParameters.upper(country);
        }
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .toUriString();
        String organization = profile.name(language.code()).orElse("Herald");
        List<SourcedFigure> found = figures.find(code, QueryParameters.year(year));
        return new FigureList(base + FigureExports.terms(language), found.stream().limit(size)
                .map(figure -> new FigureView(figure.figure().countryCode(),
                        countries.find(figure.figure().countryCode(), language).map(c -> c.name()).orElse(null),
                        figure.figure().value(), figure.figure().unit(), figure.figure().qualifier(),
                        figure.figure().sentence(), figure.date(), figure.date() == null ? "the release gives no date"
                                : null,
                        new TaggedItemRef(figure.source().language().code(), figure.source().title(),
                                figure.source().path()),
                        FigureExports.citation(figure, organization, base)))
                .toList());
    }
}
