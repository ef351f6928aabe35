package org.herald.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.Country;
import org.herald.api.ApiViews.TaggedItem;
import org.herald.api.ApiViews.ThemeDetail;
import org.herald.api.ApiViews.ThemeList;
import org.herald.api.ApiViews.ThemeSummary;
import org.herald.i18n.Language;
import org.herald.presence.CountryPresence;
import org.herald.presence.WhereWeWork;
import org.herald.themes.ThemeCount;
import org.herald.themes.Themes;
import org.herald.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/themes}: the themes of What We Do with what is published on each and the
 * countries it concerns, as the section and the themes' pages show them.
 */
@RestController
@Tag(name = "Themes")
@ApiErrors
class ThemesApi {

    private final Themes themes;
    private final ApiParameters parameters;
    private final WhereWeWork where;

    ThemesApi(Themes themes, ApiParameters parameters, WhereWeWork where) {
        this.where = where;
        this.themes = themes;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/themes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The themes of the organization's work, named in the language, in the organization's "
            + "order, with the number of published items on each")
    ThemeList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                   HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, ThemeSummary.class);
        Language language = parameters.language(lang);
        return new ThemeList(themes.counts(language).stream().map(count -> summary(count, language)).toList());
    }

    @GetMapping(value = "/api/v1/themes/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A theme with the newest articles and pages published on it and the countries they "
            + "concern")
    ThemeDetail theme(@PathVariable String code, @RequestParam(required = false) String lang,
                      @RequestParam(required = false) String limit, @RequestParam(required = false) String fields,
                      HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "limit", "fields");
        parameters.fields(fields, request, ThemeDetail.class);
        Language language = parameters.language(lang);
        int size = parameters.limit(limit);
        ThemeCount found = themes.counts(language).stream().filter(count -> count.theme().code().equals(code))
                .findFirst().orElseThrow(NotFoundException::new);
        ThemeSummary summary = summary(found, language);
        Map<String, CountryPresence> recorded = where.recorded();
        return new ThemeDetail(summary.code(), summary.name(), summary.nameLanguage(), summary.description(),
                summary.count(), summary.path(),
                themes.countries(code, language).stream().map(country -> Country.of(country, true,
                        recorded.getOrDefault(country.code(), CountryPresence.none(country.code())), language)).toList(),
                themes.published(code, language, size).stream().map(TaggedItem::of).toList());
    }

    private static ThemeSummary summary(ThemeCount count, Language language) {
        return new ThemeSummary(count.theme().code(), count.theme().name(), count.theme().nameLanguage().code(),
                count.theme().description(), count.count(), count.theme().path(language),
                "/api/v1/themes/" + count.theme().code() + "?lang=" + language.code());
    }
}
