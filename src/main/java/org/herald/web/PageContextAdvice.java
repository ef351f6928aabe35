package org.herald.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the model of every HTML page its {@link PageContext} as {@code ctx} (API controllers do without). */
@ControllerAdvice(basePackages = {"org.herald.site", "org.herald.newsroom", "org.herald.accounts"},
        annotations = BackOfficeScreen.class)
class PageContextAdvice {

    private final PageContexts contexts;

    PageContextAdvice(PageContexts contexts) {
        this.contexts = contexts;
    }

    @ModelAttribute("ctx")
    PageContext ctx(HttpServletRequest request) {
        return contexts.of(request);
    }
}
