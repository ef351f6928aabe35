package org.herald.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.content.ArticleKind;
import org.herald.i18n.Language;
import org.herald.places.Countries;
import org.herald.themes.Themes;
import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * E-mail alerts for the public: the sign-up form, the confirmation, the preferences page (reached
 * from any alert's link, no account), the export of one's data, deletion, and unsubscribing with
 * one click (RFC 8058: a POST to the {@code List-Unsubscribe} address, which a mail client sends
 * with no form token). Nothing here is cached or indexed: the pages hold a form or a secret link.
 */
@Controller
class AlertsController {

    private final SubscribeToAlerts subscribe;
    private final ChangeAlerts change;
    private final PageContexts contexts;
    private final SiteLanguage siteLanguage;
    private final Countries countries;
    private final Themes themes;

    AlertsController(SubscribeToAlerts subscribe, ChangeAlerts change, PageContexts contexts, SiteLanguage siteLanguage,
                     Countries countries, Themes themes) {
        this.subscribe = subscribe;
        this.change = change;
        this.contexts = contexts;
        this.siteLanguage = siteLanguage;
        this.countries = countries;
        this.themes = themes;
    }

    @GetMapping("/{lang:[a-z]{2}}/alerts")
    String form(@PathVariable String lang, Model model, HttpServletRequest request, HttpServletResponse response) {
        Language language = open(lang, request, response, model);
        return form(model, language, null, null, null);
    }

    @PostMapping("/{lang:[a-z]{2}}/alerts")
    String signUp(@PathVariable String lang, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String language, @RequestParam(required = false) List<String> country,
                  @RequestParam(required = false) List<String> theme, @RequestParam(required = false) List<String> kind,
                  @RequestParam(required = false) String frequency, @RequestParam(required = false) String hour,
                  @RequestParam(required = false) String zone, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Language page = open(lang, request, response, model);
        SubscribeToAlerts.Request asked = new SubscribeToAlerts.Request(email, language, country, theme, kind, frequency,
                hour, zone);
        try {
            subscribe.subscribe(asked);
            return done(model, "alerts.check.title", "alerts.check.text", null);
        } catch (AlertException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, page, null, asked, refused.messageKey());
        } catch (MailRefusedException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, page, null, asked, refused.messageKey());
        }
    }

    @GetMapping("/{lang:[a-z]{2}}/alerts/confirm")
    String confirmPage(@PathVariable String lang, @RequestParam(required = false) String s,
                       @RequestParam(required = false) String e, @RequestParam(required = false) String sig, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        open(lang, request, response, model);
        model.addAttribute("s", s == null ? "" : s);
        model.addAttribute("e", e == null ? "" : e);
        model.addAttribute("sig", sig == null ? "" : sig);
        return "outbox/alerts-confirm";
    }

    @PostMapping("/{lang:[a-z]{2}}/alerts/confirm")
    String confirm(@PathVariable String lang, @RequestParam(required = false) String s,
                   @RequestParam(required = false) String e, @RequestParam(required = false) String sig, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        open(lang, request, response, model);
        try {
            AlertSubscriber confirmed = change.confirm(number(s), number(e), sig);
            return done(model, "alerts.confirmed.title", "alerts.confirmed.text",
                    "/" + confirmed.language() + "/alerts/preferences/" + confirmed.token());
        } catch (AlertException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return done(model, "alerts.refused.title", refused.messageKey(), null);
        }
    }

    @GetMapping("/{lang:[a-z]{2}}/alerts/preferences/{token}")
    String preferences(@PathVariable String lang, @PathVariable String token, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        Language language = open(lang, request, response, model);
        return form(model, language, subscriber(token), null, null);
    }

    @PostMapping("/{lang:[a-z]{2}}/alerts/preferences/{token}")
    String savePreferences(@PathVariable String lang, @PathVariable String token,
                           @RequestParam(required = false) String language,
                           @RequestParam(required = false) List<String> country,
                           @RequestParam(required = false) List<String> theme,
                           @RequestParam(required = false) List<String> kind,
                           @RequestParam(required = false) String frequency, @RequestParam(required = false) String hour,
                           @RequestParam(required = false) String zone, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        Language page = open(lang, request, response, model);
        AlertSubscriber subscriber = subscriber(token);
        SubscribeToAlerts.Request asked = new SubscribeToAlerts.Request(subscriber.email(), language, country, theme,
                kind, frequency, hour, zone);
        try {
            change.update(token, asked);
            return done(model, "alerts.saved.title", "alerts.saved.text",
                    "/" + page.code() + "/alerts/preferences/" + token);
        } catch (AlertException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, page, subscriber, asked, refused.messageKey());
        }
    }

    @GetMapping("/alerts/preferences/{token}/export")
    ResponseEntity<byte[]> export(@PathVariable String token) {
        subscriber(token);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("herald-alerts.json").build().toString())
                .body(change.export(token).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/{lang:[a-z]{2}}/alerts/preferences/{token}/delete")
    String delete(@PathVariable String lang, @PathVariable String token, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        open(lang, request, response, model);
        change.delete(token);
        return done(model, "alerts.deleted.title", "alerts.deleted.text", null);
    }

    @GetMapping("/alerts/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        AlertSubscriber subscriber = subscriber(token);
        open(subscriber.language(), request, response, model);
        model.addAttribute("token", token);
        return "outbox/alerts-unsubscribe";
    }

    /** One click: a mail client's POST (with {@code List-Unsubscribe=One-Click}) or the page's button. */
    @PostMapping("/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        String language = change.byTokenIfAny(token).map(AlertSubscriber::language).orElse("en");
        open(language, request, response, model);
        change.delete(token);
        return done(model, "alerts.deleted.title", "alerts.deleted.text", null);
    }

    private Language open(String lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = siteLanguage.of(lang);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
        PageContext ctx = contexts.of(request, "/" + language.code() + "/alerts");
        model.addAttribute("ctx", ctx);
        return language;
    }

    private AlertSubscriber subscriber(String token) {
        try {
            return change.byToken(token);
        } catch (AlertException gone) {
            throw new NotFoundException();
        }
    }

    private String form(Model model, Language language, AlertSubscriber subscriber, SubscribeToAlerts.Request asked,
                        String problem) {
        model.addAttribute("countries", countries.all(language));
        model.addAttribute("themes", themes.all(language));
        model.addAttribute("kinds", List.of(ArticleKind.values()));
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("form", AlertForm.of(language, subscriber, asked));
        model.addAttribute("problem", problem);
        return "outbox/alerts";
    }

    private static String done(Model model, String title, String text, String link) {
        model.addAttribute("title", title);
        model.addAttribute("text", text);
        model.addAttribute("link", link);
        return "outbox/alerts-done";
    }

    private static long number(String raw) {
        try {
            return Long.parseLong(raw == null ? "" : raw.trim());
        } catch (NumberFormatException tampered) {
            throw new AlertException("alerts.error.link");
        }
    }
}
