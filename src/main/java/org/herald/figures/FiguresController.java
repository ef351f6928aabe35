package org.herald.figures;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.places.CountryName;
import org.herald.web.BadRequestException;
import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.herald.web.QueryParameters;
import org.herald.web.SiteLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures of published releases, in public: a page per language with a bar chart of the
 * largest figure about each country (each bar linked to the release that states it) and the
 * figures as a table, filtered by country and year; the same selection as CSV, with each row's
 * citation and the terms it may be reused under.
 */
@Controller
class FiguresController {

    static final String PATH = "/figures";
    private static final int CHART_BARS = 12;

    private final SiteLanguage siteLanguage;
    private final PublicFigures figures;
    private final Countries countries;
    private final PageContexts contexts;
    private final ChartFiles files;

    FiguresController(SiteLanguage siteLanguage, PublicFigures figures, Countries countries, PageContexts contexts,
                      ChartFiles files) {
        this.siteLanguage = siteLanguage;
        this.figures = figures;
        this.countries = countries;
        this.contexts = contexts;
        this.files = files;
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH)
    String page(@PathVariable String lang, @RequestParam(required = false) String country,
                @RequestParam(required = false) String year, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        PageContext ctx = contexts.of(request);
        CountryName chosen = country(country, language);
        Integer chosenYear = QueryParameters.year(year);
        List<SourcedFigure> found = figures.find(chosen == null ? null : chosen.code(), chosenYear);
        List<SourcedFigure> all = chosen == null && chosenYear == null ? found : figures.find(null, null);
        model.addAttribute("ctx", ctx);
        model.addAttribute("figures", found);
        model.addAttribute("chart", chart(found, language));
        model.addAttribute("country", chosen);
        model.addAttribute("year", chosenYear);
        model.addAttribute("countries", countries.sorted(new TreeSet<>(all.stream()
                .map(figure -> figure.figure().countryCode()).toList()), language));
        model.addAttribute("years", new TreeSet<>(all.stream().map(SourcedFigure::date)
                .filter(java.util.Objects::nonNull).map(LocalDate::getYear).toList()).descendingSet());
        model.addAttribute("query", query(chosen, chosenYear));
        return "figures/figures";
    }

    /** The page's bar chart as a file: SVG, or PNG. */
    @GetMapping("/{lang:[a-z]{2}}" + PATH + "/chart.{format:svg|png}")
    ResponseEntity<byte[]> chartFile(@PathVariable String lang, @PathVariable String format,
                                     @RequestParam(required = false) String country,
                                     @RequestParam(required = false) String year, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        CountryName chosen = country(country, language);
        BarChart chart = chart(figures.find(chosen == null ? null : chosen.code(), QueryParameters.year(year)), language);
        return files.download("figures/bar-chart.jte", Map.of("ctx", contexts.of(request), "chart", chart,
                "id", "figures-chart", "standalone", true), chart.width(), "figures-chart", format);
    }

    private static BarChart chart(List<SourcedFigure> found, Language language) {
        return BarChart.of(PublicFigures.largestPerCountry(found).stream().limit(CHART_BARS).toList(),
                "rtl".equals(language.direction()));
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH + ".csv")
    void csv(@PathVariable String lang, @RequestParam(required = false) String country,
             @RequestParam(required = false) String year, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Language language = siteLanguage.of(lang);
        PageContext ctx = contexts.of(request);
        CountryName chosen = country(country, language);
        List<SourcedFigure> found = figures.find(chosen == null ? null : chosen.code(), QueryParameters.year(year));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"figures"
                + (chosen == null ? "" : "-" + chosen.slug()) + ".csv\"");
        response.setHeader("Link", "<" + ctx.baseUrl() + FigureExports.terms(language) + ">; rel=\"license\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        FigureExports.csv(found, ctx.siteName(), ctx.baseUrl(), language, code -> ctx.country(code), out);
        out.flush();
    }

    private CountryName country(String code, Language language) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return countries.find(code.trim(), language)
                .orElseThrow(() -> new BadRequestException("error.parameter.country", code));
    }

    private static String query(CountryName country, Integer year) {
        StringBuilder query = new StringBuilder();
        if (country != null) {
            query.append("country=").append(country.slug().toLowerCase(Locale.ROOT));
        }
        if (year != null) {
            query.append(query.isEmpty() ? "" : "&").append("year=").append(year);
        }
        return query.toString();
    }
}
