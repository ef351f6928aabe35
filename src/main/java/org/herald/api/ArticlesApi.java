package org.herald.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.Article;
import org.herald.api.ApiViews.ArticleList;
import org.herald.api.ApiViews.ArticleSummary;
import org.herald.api.ApiViews.Contact;
import org.herald.content.ArticleKind;
import org.herald.content.ContentType;
import org.herald.content.NewsPosition;
import org.herald.content.NewsQuery;
import org.herald.content.NewsSlice;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedView;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.herald.web.BadRequestException;
import org.herald.web.NotFoundException;
import org.herald.web.QueryParameters;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/articles}: the news listing with the site's filters, by cursor, and each article. */
@RestController
@Tag(name = "Articles")
@ApiErrors
class ArticlesApi {

    private final PublishedContent content;
    private final Directory directory;
    private final Countries countries;
    private final ApiParameters parameters;

    ArticlesApi(PublishedContent content, Directory directory, Countries countries, ApiParameters parameters) {
        this.content = content;
        this.directory = directory;
        this.countries = countries;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published articles, newest first",
            description = "Filters as on the site's news list. Pages follow each other by cursor: a page that "
                    + "continues from a cursor neither repeats nor skips an article when others are published "
                    + "or unpublished meanwhile.")
    ArticleList list(
            @Parameter(description = "Language of the list (articles without a version in it are shown in "
                    + "their original language); en by default") @RequestParam(required = false) String lang,
            @Parameter(description = "press-release, news, story or briefing-note") @RequestParam(required = false) String kind,
            @Parameter(description = "ISO 3166-1 code of a country the articles are about") @RequestParam(required = false) String country,
            @Parameter(description = "Only articles dated in this year (undated ones never match)") @RequestParam(required = false) String year,
            @Parameter(description = "Items per page, 1 to 100; 20 by default") @RequestParam(required = false) String limit,
            @Parameter(description = "The next field of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Comma-separated fields of each item to keep, e.g. title,releaseDate") @RequestParam(required = false) String fields,
            HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "kind", "country", "year", "limit", "cursor", "fields");
        Language language = parameters.language(lang);
        ArticleKind articleKind = kind(kind);
        String countryCode = country(country);
        Integer yearNumber = QueryParameters.year(year);
        int size = parameters.limit(limit);
        parameters.fields(fields, request, ArticleSummary.class);
        String filters = language.code() + "," + (articleKind == null ? "" : articleKind.slug()) + ","
                + (countryCode == null ? "" : countryCode) + "," + (yearNumber == null ? "" : yearNumber);
        NewsPosition after = cursor == null ? null : ApiCursor.decode(cursor.trim(), filters);
        NewsSlice slice = content.newsAfter(new NewsQuery(language, articleKind, countryCode, yearNumber, 1, size), after);
        String next = slice.next() == null ? null : ApiCursor.encode(slice.next(), filters);
        String nextPath = next == null ? null : UriComponentsBuilder.fromPath("/api/v1/articles")
                .queryParam("lang", language.code())
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(articleKind).map(ArticleKind::slug))
                .queryParamIfPresent("country", java.util.Optional.ofNullable(countryCode))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(yearNumber))
                .queryParam("limit", size)
                .queryParamIfPresent("fields", java.util.Optional.ofNullable(fields))
                .queryParam("cursor", next)
                .encode().build().toUriString();
        return new ArticleList(slice.items().stream().map(ArticleSummary::of).toList(), size, next, nextPath);
    }

    @GetMapping(value = "/api/v1/articles/{lang}/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One published article, with its text, countries, themes, contacts and translations")
    Article article(@Parameter(description = "Language code of the version") @PathVariable String lang,
                    @PathVariable String slug, @RequestParam(required = false) String fields,
                    HttpServletRequest request) {
        parameters.allowOnly(request, "fields");
        parameters.fields(fields, request, Article.class);
        PublishedView article = content.find(ContentType.ARTICLE, parameters.language(lang), slug)
                .orElseThrow(NotFoundException::new);
        List<Contact> contacts = directory.get(article.contacts()).stream().map(Contact::of).toList();
        return new Article(article.itemId(), article.language().code(), article.slug(), ApiViews.kind(article.kind()),
                article.title(), article.summary(), article.bodyHtml(), article.releaseDate(),
                ApiViews.reason(article.releaseDate()), article.datelineCity(), article.datelineCountry(),
                article.featured(), article.original(), article.firstPublishedAt(), article.lastPublishedAt(),
                article.countries(), content.themes(article.itemId()), contacts,
                Translations.of(content.translations(article.translationGroup())), article.path());
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
        return ApiParameters.upper(raw);
    }
}
