package org.herald.themes;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.content.ContentType;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A page per theme, under What We Do: its name and description, the news and pages published on
 * it, and the countries they concern, in the reader's language (an item with no version in it
 * shows in its original's). A code that is no theme's is a 404.
 */
@Controller
class ThemeController {

    private static final int ITEMS_ON_THEME_PAGE = 50;

    private final SiteLanguage siteLanguage;
    private final Themes themes;
    private final PageContexts contexts;

    ThemeController(SiteLanguage siteLanguage, Themes themes, PageContexts contexts) {
        this.siteLanguage = siteLanguage;
        this.themes = themes;
        this.contexts = contexts;
    }

    @GetMapping("/{lang:[a-z]{2}}" + Theme.SECTION + "/{code}")
    String theme(@PathVariable String lang, @PathVariable String code, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        Theme theme = themes.find(code, language).orElseThrow(NotFoundException::new);
        List<PublishedSummary> items = themes.published(theme.code(), language, ITEMS_ON_THEME_PAGE);
        model.addAttribute("theme", theme);
        model.addAttribute("news", items.stream().filter(item -> item.type() == ContentType.ARTICLE).toList());
        model.addAttribute("pages", items.stream().filter(item -> item.type() == ContentType.PAGE).toList());
        model.addAttribute("countries", themes.countries(theme.code(), language));
        model.addAttribute("section", "/" + language.code() + Theme.SECTION);
        return "themes/theme";
    }
}
