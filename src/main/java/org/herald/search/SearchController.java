package org.herald.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.herald.content.ArticleKind;
import org.herald.goals.Goals;
import org.herald.themes.Themes;
import org.herald.i18n.Language;
import org.herald.places.Countries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public search page: results, facets as links with counts, pages; works without JavaScript.
 * While the node builds its first index the page says so, with a 503 and {@code Retry-After},
 * so that no cache or crawler keeps it as a page with no results. A search that ran out of its
 * time budget says that its results may be incomplete, and is not kept by any cache either.
 */
@Controller
class SearchController {

    private final SiteLanguage siteLanguage;
    private final Searcher searcher;
    private final Countries countries;
    private final SearchProperties properties;
    private final PageContexts contexts;
    private final Goals goals;
    private final Themes themes;

    SearchController(SiteLanguage siteLanguage, Searcher searcher, Countries countries, SearchProperties properties,
                     PageContexts contexts, Goals goals, Themes themes) {
        this.goals = goals;
        this.themes = themes;
        this.contexts = contexts;
        this.siteLanguage = siteLanguage;
        this.searcher = searcher;
        this.countries = countries;
        this.properties = properties;
    }

    @GetMapping("/{lang:[a-z]{2}}/search")
    String search(@PathVariable String lang, SearchParameters parameters, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Language language = siteLanguage.of(lang);
        PageContext ctx = contexts.of(request);
        model.addAttribute("ctx", ctx);
        SearchResults results = searcher.search(parameters.toRequest(language, properties.pageSize()));
        if (results.building()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, SearchResults.RETRY_AFTER_SECONDS);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (results.partial()) {
            // Another try may find more: no cache on the way should keep this answer.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        model.addAttribute("parameters", parameters);
        model.addAttribute("results", results);
        model.addAttribute("facets", groups(results.facets(), parameters, ctx, language));
        model.addAttribute("base", ctx.url("/search"));
        return "search/search";
    }

    private List<FacetGroup> groups(Map<String, List<SearchResults.FacetValue>> facets, SearchParameters parameters,
                                    PageContext ctx, Language language) {
        List<FacetGroup> groups = new ArrayList<>();
        Map<Integer, String> goalTitles = facets.getOrDefault(Fields.GOAL, List.of()).isEmpty() ? Map.of()
                : goals.titles(language);
        Map<String, String> themeNames = facets.getOrDefault(Fields.THEME, List.of()).isEmpty() ? Map.of()
                : themes.names(language);
        facets.forEach((name, values) -> {
            if (values.isEmpty()) {
                return;
            }
            List<FacetGroup.Link> links = new ArrayList<>();
            for (SearchResults.FacetValue value : values) {
                boolean chosen = parameters.chosen(name, value.value());
                links.add(new FacetGroup.Link(label(name, value.value(), ctx, language, goalTitles, themeNames),
                        value.count(), ctx.url("/search") + parameters.with(name, chosen ? null : value.value()), chosen));
            }
            groups.add(new FacetGroup(name, "search.facet." + name, links));
        });
        return groups;
    }

    private String label(String facet, String value, PageContext ctx, Language language,
                         Map<Integer, String> goalTitles, Map<String, String> themeNames) {
        return switch (facet) {
            case Fields.KIND -> ArticleKind.fromSlug(value).map(kind -> ctx.t(kind.messageKey()))
                    .orElseGet(() -> ctx.t("search.kind." + value));
            case Fields.COUNTRY -> countries.exists(value) ? countries.name(value, language) : value;
            case Fields.LANGUAGE -> Language.fromCode(value).map(Language::nativeName).orElse(value);
            // Items tagged in the editor with a code that is no theme's keep showing the code.
            case Fields.THEME -> themeNames.getOrDefault(value, value);
            case Fields.GOAL -> goalTitle(value, ctx, goalTitles);
            default -> value;
        };
    }

    /** "Goal 10: Reduced inequalities": the goal's name, not only its number. */
    private static String goalTitle(String value, PageContext ctx, Map<Integer, String> goalTitles) {
        try {
            String title = goalTitles.get(Integer.valueOf(value));
            return title == null ? value : ctx.t("goals.goal-title", Integer.valueOf(value), title);
        } catch (NumberFormatException notAGoal) {
            return value;
        }
    }
}
