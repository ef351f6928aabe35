package org.herald.forms;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.web.NotFoundException;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A form's public page in the reader's language, what happens to a submission, and the thanks.
 * A submission with errors comes back with them beside the fields and what was typed kept; a bot's
 * (honeypot, forged or too quick timestamp) is refused with a page that says only that it was not
 * taken; one too large, or past the limit per address, is refused saying so.
 */
@Controller
class FormController {

    /** The largest submission taken, in bytes: the longest long text and then some. */
    static final long MAX_BYTES = 32 * 1024;
    static final String HONEYPOT = "website";
    static final String STAMP = "stamp";

    private final SiteLanguage siteLanguage;
    private final PageContexts contexts;
    private final Forms forms;
    private final SubmitForm submit;
    private final FormStamps stamps;
    private final Countries countries;
    private final Clock clock;

    FormController(SiteLanguage siteLanguage, PageContexts contexts, Forms forms, SubmitForm submit, FormStamps stamps,
                   Countries countries, Clock clock) {
        this.siteLanguage = siteLanguage;
        this.contexts = contexts;
        this.forms = forms;
        this.submit = submit;
        this.stamps = stamps;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping("/{lang:[a-z]{2}}/forms/{slug}")
    String show(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        StoredForm form = forms.find(slug).orElseThrow(NotFoundException::new);
        // Each reader gets a stamp of their own: a cached page would give an old one, which a bot
        // could send at once and still seem to have taken its time.
        org.herald.changes.Dependencies.until(clock.instant());
        return page(model, request, new FormPage(form, language, Map.of(), Map.of(),
                stamps.stamp(slug, clock.instant()), countries.all(language)));
    }

    @PostMapping("/{lang:[a-z]{2}}/forms/{slug}")
    String send(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        Language language = siteLanguage.of(lang);
        StoredForm form = forms.find(slug).orElseThrow(NotFoundException::new);
        model.addAttribute("ctx", contexts.of(request));
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("reason", "forms.refused.too-large");
            return "forms/refused";
        }
        Map<String, List<String>> typed = new LinkedHashMap<>();
        form.definition().fields().forEach(field -> {
            String[] values = request.getParameterValues(field.name());
            typed.put(field.name(), values == null ? List.of() : Arrays.asList(values));
        });
        String stamp = request.getParameter(STAMP);
        SubmitForm.Result result = submit.submit(form, language, typed, request.getParameter(HONEYPOT), stamp,
                request.getRemoteAddr());
        if (result.outcome() == SubmitForm.Outcome.BOT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reason", "forms.refused.not-taken");
            return "forms/refused";
        }
        if (result.outcome() == SubmitForm.Outcome.TOO_MANY) {
            response.setStatus(429);
            model.addAttribute("reason", "forms.refused.too-many");
            return "forms/refused";
        }
        if (!result.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, request, new FormPage(form, language, typed, result.errors(), stamp,
                    countries.all(language)));
        }
        return "redirect:" + form.path(language) + "/thanks";
    }

    @GetMapping("/{lang:[a-z]{2}}/forms/{slug}/thanks")
    String thanks(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        StoredForm form = forms.find(slug).orElseThrow(NotFoundException::new);
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("form", new FormPage(form, language, Map.of(), Map.of(), null, List.of()));
        return "forms/thanks";
    }

    private String page(Model model, HttpServletRequest request, FormPage page) {
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("form", page);
        return "forms/form";
    }
}
