package org.herald.site;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.herald.web.PageContext;
import org.herald.web.Redirects;
import org.herald.web.SiteLanguage;
import org.herald.content.NewsQuery;
import org.herald.content.PublishedContent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.herald.highlights.Highlights;
import org.herald.highlights.ShownHighlight;
import org.herald.i18n.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page of each language: the pinned highlights (the first as a large card), the
 * featured items, latest news, the sections and the key facts.
 */
@Controller
class HomeController {

    private static final int HIGHLIGHTS = 3;
    private static final int LATEST = 6;

    private final SiteLanguage siteLanguage;
    private final PublishedContent content;
    private final Menu menu;
    private final ProfileFacts facts;
    private final Highlights pins;

    HomeController(SiteLanguage siteLanguage, PublishedContent content, Menu menu, ProfileFacts facts,
                   Highlights pins) {
        this.pins = pins;
        this.siteLanguage = siteLanguage;
        this.content = content;
        this.menu = menu;
        this.facts = facts;
    }

    @GetMapping("/{lang:[a-z]{2}}")
    String withoutSlash(@PathVariable String lang, jakarta.servlet.http.HttpServletRequest request) {
        siteLanguage.of(lang);
        return Redirects.permanent(request, "/" + lang + "/");
    }

    @GetMapping("/{lang:[a-z]{2}}/")
    String home(@PathVariable String lang, @ModelAttribute("ctx") PageContext ctx, Model model) {
        Language language = siteLanguage.of(lang);
        List<ShownHighlight> pinned = pins.current(Highlights.HOME, language);
        Set<String> shown = pinned.stream().map(ShownHighlight::href).collect(Collectors.toSet());
        model.addAttribute("pins", pinned);
        // A featured item that is also pinned shows once, as its pin.
        model.addAttribute("highlights", content.featured(language, HIGHLIGHTS).stream()
                .filter(item -> !shown.contains(item.pathIn(language))).toList());
        model.addAttribute("latest", content.news(new NewsQuery(language, null, null, null, 1, LATEST)).items());
        model.addAttribute("sections", menu.sections(language));
        model.addAttribute("facts", facts.lines(ctx));
        return "site/home";
    }
}
