package org.herald.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.ArticleSummary;
import org.herald.api.ApiViews.Contact;
import org.herald.api.ApiViews.Country;
import org.herald.api.ApiViews.CountryDetail;
import org.herald.api.ApiViews.CountryList;
import org.herald.api.ApiViews.Office;
import org.herald.content.PublishedContent;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.places.CountryName;
import org.herald.places.Countries;
import org.herald.presence.CountryPresence;
import org.herald.presence.WhereWeWork;
import org.herald.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/countries}: every country, and each with the organization's presence there. */
@RestController
@Tag(name = "Countries")
@ApiErrors
class CountriesApi {

    private static final int LATEST_ARTICLES = 20;

    private final Countries countries;
    private final Directory directory;
    private final PublishedContent content;
    private final ApiParameters parameters;
    private final WhereWeWork where;

    CountriesApi(Countries countries, Directory directory, PublishedContent content, ApiParameters parameters,
                 WhereWeWork where) {
        this.where = where;
        this.countries = countries;
        this.directory = directory;
        this.content = content;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/countries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every ISO 3166-1 country, named in the language, saying where the organization is present")
    CountryList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                     HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, Country.class);
        Language language = parameters.language(lang);
        Set<String> present = new TreeSet<>(directory.countriesWithOffices());
        present.addAll(content.countriesWithNews(language));
        Map<String, CountryPresence> recorded = where.recorded();
        return new CountryList(countries.all(language).stream()
                .map(country -> Country.of(country, present.contains(country.code()),
                        recorded.getOrDefault(country.code(), CountryPresence.none(country.code())), language))
                .toList());
    }

    @GetMapping(value = "/api/v1/countries/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A country with the organization's offices and contacts there and the newest articles about it")
    CountryDetail country(@PathVariable String code, @RequestParam(required = false) String lang,
                          @RequestParam(required = false) String fields, HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, CountryDetail.class);
        Language language = parameters.language(lang);
        CountryName country = countries.find(code, language).orElseThrow(NotFoundException::new);
        return new CountryDetail(country.code(), country.name(), path(language, country),
                directory.officesIn(country.code()).stream().map(Office::of).toList(),
                directory.inCountry(country.code()).stream().map(Contact::of).toList(),
                content.aboutCountry(language, country.code(), LATEST_ARTICLES).stream().map(ArticleSummary::of)
                        .toList());
    }

    private static String path(Language language, CountryName country) {
        return "/" + language.code() + "/countries/" + country.slug();
    }
}
