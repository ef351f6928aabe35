package org.herald.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.places.CountryName;
import org.herald.places.WorldShapes;
import org.herald.web.BadRequestException;
import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An indicator in public: a line chart of its values over time for the countries chosen (by
 * default those with the largest latest values), a world map of each country's latest value, and
 * both as tables beside them; each chart downloads as SVG and PNG, drawn from the same template.
 */
@Controller
class IndicatorController {

    static final String PATH = "/data/indicators";
    private static final int DEFAULT_LINES = 5;

    private final SiteLanguage siteLanguage;
    private final Indicators indicators;
    private final Countries countries;
    private final WorldShapes world;
    private final PageContexts contexts;
    private final ChartFiles files;

    IndicatorController(SiteLanguage siteLanguage, Indicators indicators, Countries countries, WorldShapes world,
                        PageContexts contexts, ChartFiles files) {
        this.siteLanguage = siteLanguage;
        this.indicators = indicators;
        this.countries = countries;
        this.world = world;
        this.contexts = contexts;
        this.files = files;
    }

    /** What the page and the files show: the indicator, the lines chosen, the latest values. */
    private record Shown(Indicator indicator, List<IndicatorValue> latest, List<CountryName> chosen,
                         Map<String, List<IndicatorValue>> series, LineChart line, WorldMap map) {
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH + "/{code}")
    String page(@PathVariable String lang, @PathVariable String code,
                @RequestParam(name = "country", required = false) List<String> country, Model model,
                HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        Shown shown = shown(code, country, language);
        PageContext ctx = contexts.of(request);
        model.addAttribute("ctx", ctx);
        model.addAttribute("indicator", shown.indicator());
        model.addAttribute("latest", shown.latest());
        model.addAttribute("chosen", shown.chosen());
        model.addAttribute("series", shown.series());
        model.addAttribute("years", new TreeSet<>(shown.series().values().stream().flatMap(List::stream)
                .map(IndicatorValue::year).toList()));
        model.addAttribute("line", shown.line());
        model.addAttribute("map", shown.map());
        model.addAttribute("choices", countries.sorted(shown.latest().stream().map(IndicatorValue::countryCode).toList(),
                language));
        model.addAttribute("query", query(shown.chosen(), country != null));
        return "figures/indicator";
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH + "/{code}/line.{format:svg|png}")
    ResponseEntity<byte[]> lineFile(@PathVariable String lang, @PathVariable String code, @PathVariable String format,
                                    @RequestParam(name = "country", required = false) List<String> country,
                                    HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        Shown shown = shown(code, country, language);
        PageContext ctx = contexts.of(request);
        return files.download("figures/line-chart.jte", Map.of("ctx", ctx, "chart", shown.line(), "id", "line",
                        "title", lineTitle(ctx, shown), "description", lineDescription(ctx, shown), "standalone", true),
                shown.line().width(), code + "-" + language.code(), format);
    }

    @GetMapping("/{lang:[a-z]{2}}" + PATH + "/{code}/map.{format:svg|png}")
    ResponseEntity<byte[]> mapFile(@PathVariable String lang, @PathVariable String code, @PathVariable String format,
                                   HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        // The map alone: the latest values, not the line chart's series.
        Indicator indicator = indicators.find(code).orElseThrow(NotFoundException::new);
        WorldMap map = worldMap(indicators.latestByCountry(code), language);
        PageContext ctx = contexts.of(request);
        return files.download("figures/world-map.jte", Map.of("ctx", ctx, "map", map, "id", "map",
                        "title", mapTitle(ctx, indicator), "description", mapDescription(ctx, map), "standalone", true),
                map.width(), code + "-map-" + language.code(), format);
    }

    private static String lineTitle(PageContext ctx, Shown shown) {
        return ctx.t("figures.indicator.line.title", shown.indicator().name(ctx.language()));
    }

    private static String lineDescription(PageContext ctx, Shown shown) {
        return ctx.t("figures.indicator.line.desc", shown.line().lines().size(), String.join(", ", shown.line().lines().stream()
                .map(line -> ctx.country(line.countryCode())).toList()), shown.indicator().unit());
    }

    private static String mapTitle(PageContext ctx, Indicator indicator) {
        return ctx.t("figures.indicator.map.title", indicator.name(ctx.language()));
    }

    private static String mapDescription(PageContext ctx, WorldMap map) {
        return ctx.t("figures.indicator.map.desc", map.withValues(), map.classes().size());
    }

    private Shown shown(String code, List<String> requested, Language language) {
        Indicator indicator = indicators.find(code).orElseThrow(NotFoundException::new);
        List<IndicatorValue> latest = indicators.latestByCountry(code);
        List<CountryName> chosen = requested == null || requested.isEmpty() ? largest(latest, language)
                : chosen(requested, language);
        Map<String, List<IndicatorValue>> series = new LinkedHashMap<>();
        chosen.forEach(country -> series.put(country.code(), indicators.series(code, country.code())));
        return new Shown(indicator, latest, chosen, series, LineChart.of(series, "rtl".equals(language.direction())),
                worldMap(latest, language));
    }

    private WorldMap worldMap(List<IndicatorValue> latest, Language language) {
        Map<String, BigDecimal> byCountry = new LinkedHashMap<>();
        latest.forEach(value -> byCountry.put(value.countryCode(), value.value()));
        return WorldMap.of(world, byCountry, "rtl".equals(language.direction()));
    }

    private List<CountryName> largest(List<IndicatorValue> latest, Language language) {
        return latest.stream().sorted(Comparator.comparing(IndicatorValue::value).reversed()).limit(DEFAULT_LINES)
                .map(value -> countries.named(value.countryCode(), language)).toList();
    }

    private List<CountryName> chosen(List<String> requested, Language language) {
        List<CountryName> chosen = new ArrayList<>();
        for (String code : requested) {
            if (code.isBlank()) {
                continue;
            }
            CountryName country = countries.find(code.trim(), language)
                    .orElseThrow(() -> new BadRequestException("error.parameter.country", code));
            if (chosen.stream().noneMatch(other -> other.code().equals(country.code()))) {
                chosen.add(country);
            }
        }
        if (chosen.size() > LineChart.MOST_LINES) {
            throw new BadRequestException("figures.indicator.too-many", LineChart.MOST_LINES);
        }
        return chosen;
    }

    private static String query(List<CountryName> chosen, boolean asked) {
        return asked ? String.join("&", chosen.stream().map(country -> "country=" + country.slug()).toList()) : "";
    }
}
