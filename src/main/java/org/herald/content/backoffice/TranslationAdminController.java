package org.herald.content.backoffice;

import org.herald.content.EditorialContent;
import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.herald.web.PageContext;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What needs translating into each language: originals that have no version in it yet, and
 * translations into it whose source has changed since.
 */
@BackOfficeScreen
@Controller
class TranslationAdminController {

    private final EditorialContent content;
    private final SiteLanguages languages;

    TranslationAdminController(EditorialContent content, SiteLanguages languages) {
        this.content = content;
        this.languages = languages;
    }

    @GetMapping("/admin/translations")
    @org.herald.accounts.RequiresPermission(org.herald.accounts.Permission.TRANSLATE)
    String toTranslate(@RequestParam(required = false) String language, @ModelAttribute("ctx") PageContext ctx,
                       Model model) {
        Language target = languages.fromPath(language).orElse(defaultTarget(ctx.language()));
        model.addAttribute("target", target);
        model.addAttribute("languages", languages.enabled());
        model.addAttribute("items", content.toTranslate(target));
        return "content/translations";
    }

    /** The translator's own interface language, unless that is the site's default (then the next one). */
    private Language defaultTarget(Language interfaceLanguage) {
        if (interfaceLanguage != languages.defaultLanguage()) {
            return interfaceLanguage;
        }
        return languages.enabled().stream().filter(l -> l != languages.defaultLanguage()).findFirst()
                .orElse(languages.defaultLanguage());
    }
}
