package org.herald.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.MenuList;
import org.herald.api.ApiViews.MenuSection;
import org.herald.site.Menu;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/menu}: the site's sections in order, as its navigation shows them. */
@RestController
@Tag(name = "Menu")
@ApiErrors
class MenuApi {

    private final Menu menu;
    private final ApiParameters parameters;

    MenuApi(Menu menu, ApiParameters parameters) {
        this.menu = menu;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/menu", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The site menu in a language: sections whose page is published, in order")
    MenuList menu(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                  HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, MenuSection.class);
        return new MenuList(menu.sections(parameters.language(lang)).stream()
                .map(section -> new MenuSection(section.label(), section.href(), section.summaryLanguage().code(),
                        section.summary()))
                .toList());
    }
}
