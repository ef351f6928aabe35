package org.herald.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The datasets in public: a list, and a page per dataset with its details in the page's language
 * (English when it has none in it), its current values, its versions with their downloads, how
 * to cite it, and schema.org {@code Dataset} JSON-LD.
 */
@Controller
class DatasetsController {

    static final String PATH = "/data/datasets";
    private static final int VALUES_SHOWN = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteLanguage siteLanguage;
    private final Datasets datasets;
    private final Indicators indicators;
    private final PageContexts contexts;

    DatasetsController(SiteLanguage siteLanguage, Datasets datasets, Indicators indicators, PageContexts contexts) {
        this.siteLanguage = siteLanguage;
        this.datasets = datasets;
        this.indicators = indicators;
        this.contexts = contexts;
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH)
    String list(@PathVariable String lang, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("datasets", datasets.all());
        model.addAttribute("indicators", indicators.all(language));
        return "figures/datasets";
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH + "/{slug}")
    String dataset(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        Dataset dataset = datasets.find(slug).orElseThrow(NotFoundException::new);
        PageContext ctx = contexts.of(request);
        List<DatasetVersion> versions = datasets.versions(dataset.id());
        DatasetVersion current = versions.get(0);
        List<IndicatorValue> values = datasets.values(current.id(), VALUES_SHOWN);
        String citation = DatasetExports.citation(dataset, dataset.version(), language, ctx.siteName(), ctx.baseUrl());
        model.addAttribute("ctx", ctx);
        model.addAttribute("dataset", dataset);
        model.addAttribute("versions", versions);
        model.addAttribute("values", values);
        model.addAttribute("valueCount", current.values());
        model.addAttribute("indicators", indicators.byCode());
        model.addAttribute("citation", citation);
        model.addAttribute("jsonLd", jsonLd(dataset, language, ctx, citation, values));
        return "figures/dataset";
    }

    /** The dataset as schema.org describes one, escaped for a script element. */
    private String jsonLd(Dataset dataset, Language language, PageContext ctx, String citation,
                          List<IndicatorValue> values) {
        DatasetDetails details = dataset.details();
        String page = ctx.baseUrl() + "/" + language.code() + PATH + "/" + details.slug();
        String files = ctx.baseUrl() + DatasetDownloads.PATH + "/datasets/" + details.slug() + "/v" + dataset.version();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Dataset");
        ld.put("name", details.title(language));
        DatasetDetails.Text text = details.texts().getOrDefault(language, details.texts().get(Language.EN));
        ld.put("description", text.description() == null ? details.title(language) : text.description());
        ld.put("url", page);
        ld.put("version", String.valueOf(dataset.version()));
        ld.put("license", details.licence());
        ld.put("citation", citation);
        ld.put("isBasedOn", details.source());
        if (details.publishedOn() != null) {
            ld.put("datePublished", details.publishedOn().toString());
        }
        ld.put("dateModified", dataset.updatedAt().toLocalDate().toString());
        if (details.coverage() != null) {
            ld.put("spatialCoverage", details.coverage());
        }
        values.stream().mapToInt(IndicatorValue::year).min().ifPresent(first -> ld.put("temporalCoverage",
                first + "/" + values.stream().mapToInt(IndicatorValue::year).max().getAsInt()));
        if (details.methodology() != null) {
            ld.put("measurementTechnique", details.methodology());
        }
        ld.put("variableMeasured", details.unit());
        ld.put("creator", Map.of("@type", "Organization", "name", ctx.siteName(), "url", ctx.baseUrl() + "/"));
        ld.put("distribution", List.of(
                Map.of("@type", "DataDownload", "encodingFormat", "text/csv", "contentUrl", files + ".csv"),
                Map.of("@type", "DataDownload", "encodingFormat", "application/json", "contentUrl", files + ".json")));
        return JSON.writeValueAsString(ld).replace("</", "<\\/");
    }
}
