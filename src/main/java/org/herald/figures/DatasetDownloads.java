package org.herald.figures;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of values as CSV or JSON: one version of a dataset (old ones included), the current
 * values of an indicator, and those of a country. They are streamed, never held whole, and so are
 * served under {@code /downloads/}, which the page cache leaves alone; the citation and titles are
 * in the language of {@code ?lang=} (English by default).
 */
@Controller
class DatasetDownloads {

    static final String PATH = "/downloads";
    private static final Pattern VERSION = Pattern.compile("v(\\d{1,6})\\.(csv|json)");
    private static final Pattern VALUES = Pattern.compile("values\\.(csv|json)");

    private final Datasets datasets;
    private final Indicators indicators;
    private final Countries countries;
    private final SiteLanguage siteLanguage;
    private final PageContexts contexts;

    DatasetDownloads(Datasets datasets, Indicators indicators, Countries countries, SiteLanguage siteLanguage,
                     PageContexts contexts) {
        this.datasets = datasets;
        this.indicators = indicators;
        this.countries = countries;
        this.siteLanguage = siteLanguage;
        this.contexts = contexts;
    }

    /** {@code /downloads/datasets/{slug}/v2.csv}: a version's values. */
    @GetMapping(PATH + "/datasets/{slug}/{file}")
    void version(@PathVariable String slug, @PathVariable String file, @RequestParam(required = false) String lang,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = VERSION.matcher(file);
        Dataset dataset = datasets.find(slug).orElseThrow(NotFoundException::new);
        if (!name.matches()) {
            throw new NotFoundException();
        }
        int number = Integer.parseInt(name.group(1));
        DatasetVersion version = datasets.versions(dataset.id()).stream().filter(v -> v.version() == number)
                .findFirst().orElseThrow(NotFoundException::new);
        Language language = language(lang);
        PageContext ctx = contexts.of(request);
        response.setHeader("Link", "<" + ctx.baseUrl() + "/" + language.code() + "/data/datasets/" + slug
                + ">; rel=\"cite-as\"");
        write(name.group(2), slug + "-v" + number, number, language, request, response,
                each -> datasets.stream(Datasets.Selection.version(version.id()), each));
    }

    @GetMapping(PATH + "/indicators/{code}/{file}")
    void indicator(@PathVariable String code, @PathVariable String file, @RequestParam(required = false) String lang,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = VALUES.matcher(file);
        Indicator indicator = indicators.find(code).orElseThrow(NotFoundException::new);
        if (!name.matches()) {
            throw new NotFoundException();
        }
        write(name.group(1), indicator.code(), null, language(lang), request, response,
                each -> datasets.stream(Datasets.Selection.indicator(indicator.code()), each));
    }

    @GetMapping(PATH + "/countries/{code}/{file}")
    void country(@PathVariable String code, @PathVariable String file, @RequestParam(required = false) String lang,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = VALUES.matcher(file);
        if (!countries.exists(code) || !name.matches()) {
            throw new NotFoundException();
        }
        String country = code.toUpperCase(Locale.ROOT);
        write(name.group(1), "values-" + country.toLowerCase(Locale.ROOT), null, language(lang), request, response,
                each -> datasets.stream(Datasets.Selection.country(country), each));
    }

    private Language language(String lang) {
        return lang == null || lang.isBlank() ? Language.EN : siteLanguage.of(lang);
    }

    private void write(String format, String fileName, Integer version, Language language, HttpServletRequest request,
                       HttpServletResponse response, Consumer<Consumer<Datasets.Sourced>> values) throws IOException {
        PageContext ctx = contexts.of(request);
        DatasetExports.Sources sources = new DatasetExports.Sources(DatasetExports.byId(datasets.all()),
                indicators.byCode(), language, ctx.siteName(), ctx.baseUrl(),
                country -> countries.name(country, language));
        // Streamed: the site's ETag filter must not hold the whole body to hash it.
        org.springframework.web.filter.ShallowEtagHeaderFilter.disableContentCaching(request);
        boolean csv = format.equals("csv");
        response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "." + format + "\"");
        if (csv) {
            DatasetExports.csv(sources, version, values, response.getOutputStream());
        } else {
            DatasetExports.json(sources, version, values, response.getOutputStream());
        }
    }
}
