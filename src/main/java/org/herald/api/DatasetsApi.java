package org.herald.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.figures.Dataset;
import org.herald.figures.DatasetDetails;
import org.herald.figures.Datasets;
import org.herald.figures.Indicator;
import org.herald.figures.Indicators;
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
 * {@code /api/v1/datasets} and {@code /api/v1/indicators}: the datasets published (each with its
 * citation, licence and downloads) and the indicators they make with their current values,
 * filtered by indicator, country and year.
 */
@RestController
@Tag(name = "Datasets")
@ApiErrors
class DatasetsApi {

    private final Datasets datasets;
    private final Indicators indicators;
    private final Countries countries;
    private final OrganizationProfile profile;
    private final ApiParameters parameters;

    DatasetsApi(Datasets datasets, Indicators indicators, Countries countries, OrganizationProfile profile,
                ApiParameters parameters) {
        this.datasets = datasets;
        this.indicators = indicators;
        this.countries = countries;
        this.profile = profile;
        this.parameters = parameters;
    }

    record DatasetList(List<DatasetView> datasets) {
    }

    record DatasetView(
            @Schema(description = "Its code in addresses", example = "international-migrant-stock-demo") String slug,
            @Schema(description = "Its title in the language asked for, or in English") String title,
            @Schema(types = {"string", "null"}) String description,
            @Schema(description = "Where its values come from") String source,
            @Schema(description = "The terms its values may be reused under") String licence,
            @Schema(types = {"string", "null"}, format = "date") LocalDate published,
            @Schema(types = {"string", "null"}) String methodology,
            @Schema(description = "What its values count or measure", example = "people") String unit,
            @Schema(types = {"string", "null"}) String coverage,
            @Schema(description = "Whether it is demonstration data, not real figures") boolean demonstration,
            @Schema(description = "Its current version (1 for the first upload)") int version,
            @Schema(description = "How to cite its current version") String citation,
            @Schema(description = "Its page on the site") String page,
            @Schema(description = "The current version's values as CSV") String csv,
            @Schema(description = "The current version's values as JSON") String json,
            @Schema(description = "The indicators it gives values for") List<String> indicators) {
    }

    record IndicatorList(List<IndicatorView> indicators, List<ValueView> values) {
    }

    record IndicatorView(
            @Schema(description = "Its code", example = "international-migrant-stock-demonstration") String code,
            @Schema(description = "Its name in the language asked for, or in English") String name,
            String unit,
            @Schema(description = "The dataset its values come from") String dataset) {
    }

    record ValueView(String indicator,
                     @Schema(description = "ISO 3166-1 code of the country", example = "BY") String country,
                     int year, BigDecimal value) {
    }

    @GetMapping(value = "/api/v1/datasets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Datasets, with their citations, licences and downloads; filtered to those with values "
            + "for an indicator, a country or a year")
    DatasetList datasets(
            @Parameter(description = "Code of an indicator") @RequestParam(required = false) String indicator,
            @Parameter(description = "ISO 3166-1 code of a country") @RequestParam(required = false) String country,
            @Parameter(description = "A year") @RequestParam(required = false) String year,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        parameters.allowOnly(request, "indicator", "country", "year", "lang");
        Language language = parameters.language(lang);
        String code = indicator(indicator);
        String countryCode = country(country);
        Integer chosenYear = QueryParameters.year(year);
        Set<String> matching = countryCode == null && chosenYear == null ? null
                : indicators.withValues(countryCode, chosenYear);
        List<Indicator> all = indicators.all(language);
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .toUriString();
        String organization = profile.name(language.code()).orElse("Herald");
        return new DatasetList(datasets.all().stream().map(dataset -> {
            List<String> given = all.stream().filter(i -> i.dataset().equals(dataset.slug())).map(Indicator::code)
                    .filter(c -> code == null || c.equals(code)).filter(c -> matching == null || matching.contains(c))
                    .toList();
            return given.isEmpty() ? null : view(dataset, given, language, base, organization);
        }).filter(java.util.Objects::nonNull).toList());
    }

    @GetMapping(value = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Indicators, and their current values by indicator, country and year")
    IndicatorList indicators(
            @Parameter(description = "Code of an indicator") @RequestParam(required = false) String indicator,
            @Parameter(description = "ISO 3166-1 code of a country") @RequestParam(required = false) String country,
            @Parameter(description = "A year") @RequestParam(required = false) String year,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        parameters.allowOnly(request, "indicator", "country", "year", "lang", "limit");
        Language language = parameters.language(lang);
        int size = parameters.limit(limit);
        String code = indicator(indicator);
        String countryCode = country(country);
        Integer chosenYear = QueryParameters.year(year);
        return new IndicatorList(indicators.all(language).stream().filter(i -> code == null || i.code().equals(code))
                .map(i -> new IndicatorView(i.code(), i.name(language), i.unit(), i.dataset())).toList(),
                indicators.values(code, countryCode, chosenYear, size).stream()
                        .map(v -> new ValueView(v.indicator(), v.countryCode(), v.year(), v.value())).toList());
    }

    private String indicator(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return indicators.find(code.trim()).map(Indicator::code)
                .orElseThrow(() -> new BadRequestException("error.parameter.indicator", code));
    }

    private String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!countries.exists(code.trim())) {
            throw new BadRequestException("error.parameter.country", code);
        }
        return ApiParameters.upper(code);
    }

    private static DatasetView view(Dataset dataset, List<String> indicators, Language language, String base,
                                    String organization) {
        DatasetDetails details = dataset.details();
        DatasetDetails.Text text = details.texts().getOrDefault(language, details.texts().get(Language.EN));
        String files = base + "/downloads/datasets/" + details.slug() + "/v" + dataset.version();
        return new DatasetView(details.slug(), text.title(), text.description(), details.source(), details.licence(),
                details.publishedOn(), details.methodology(), details.unit(), details.coverage(),
                details.demonstration(), dataset.version(),
                org.herald.figures.DatasetCitations.citation(dataset, language, organization, base),
                base + "/" + language.code() + "/data/datasets/" + details.slug(), files + ".csv?lang=" + language.code(),
                files + ".json?lang=" + language.code(), indicators);
    }
}
