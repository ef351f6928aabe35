package org.herald.newsroom;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.content.ArticleKind;
import org.herald.content.ContentType;
import org.herald.content.NewsQuery;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.partners.Partners;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.herald.web.BadRequestException;
import org.herald.site.ContentPages;
import org.herald.web.PageContext;
import org.herald.web.NotFoundException;
import org.herald.web.QueryParameters;
import org.herald.web.Redirects;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The news listing and the article pages. */
@Controller
class NewsController {

    static final int PAGE_SIZE = 20;

    private final SiteLanguage siteLanguage;
    private final ContentPages pages;
    private final PublishedContent content;
    private final Directory directory;
    private final Countries countries;
    private final Partners partners;

    NewsController(SiteLanguage siteLanguage, ContentPages pages, PublishedContent content, Directory directory,
                   Countries countries, Partners partners) {
        this.partners = partners;
        this.siteLanguage = siteLanguage;
        this.pages = pages;
        this.content = content;
        this.directory = directory;
        this.countries = countries;
    }

    @GetMapping("/{lang:[a-z]{2}}/news")
    String news(@PathVariable String lang, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String country, @RequestParam(required = false) String year,
                @RequestParam(required = false) String page, Model model) {
        Language language = siteLanguage.of(lang);
        NewsFilter filter = new NewsFilter(kind(kind), country(country), QueryParameters.year(year));
        int pageNumber = QueryParameters.page(page);
        model.addAttribute("filter", filter);
        model.addAttribute("results", content.news(new NewsQuery(language, filter.kind(), filter.country(),
                filter.year(), pageNumber, PAGE_SIZE)));
        model.addAttribute("years", content.years(language));
        model.addAttribute("countries", countries.sorted(content.countriesWithNews(language), language));
        return "newsroom/news";
    }

    @GetMapping("/{lang:[a-z]{2}}/news/{slug}")
    String article(@PathVariable String lang, @PathVariable String slug, @ModelAttribute("ctx") PageContext ctx,
                   Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        ContentPages.Answer answer = pages.find(ContentType.ARTICLE, language, slug).orElseThrow(NotFoundException::new);
        if (answer.redirect() != null) {
            return answer.permanent() ? Redirects.permanent(request, answer.redirect()) : "redirect:" + answer.redirect();
        }
        PublishedView article = answer.shown();
        model.addAttribute("ctx", ctx.withLanguageLinks(answer.links()));
        model.addAttribute("article", article);
        model.addAttribute("fallback", answer.fallback());
        model.addAttribute("original", answer.original());
        model.addAttribute("countries", countries.sorted(article.countries(), language));
        model.addAttribute("contacts", directory.get(article.contacts()));
        model.addAttribute("agreements", partners.views(partners.announcedBy(article.translationGroup()), language));
        return "newsroom/article";
    }

    private static ArticleKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return ArticleKind.fromSlug(raw.trim()).orElseThrow(() -> new BadRequestException("error.parameter.kind", raw));
    }

    private String country(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!countries.exists(raw.trim())) {
            throw new BadRequestException("error.parameter.country", raw);
        }
        return raw.trim().toUpperCase(Locale.ROOT);
    }
}
