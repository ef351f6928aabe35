package org.herald.importer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.importer.ImportRuleException;
import org.herald.importer.ImportRules;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the import recognizes, edited by the admin: the organizations a text may mention (each
 * by any of its names) and the keywords that give an item a theme.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.IMPORT_RULES)
class ImportRulesAdminController {

    private static final String PAGE = "/admin/import/rules";

    private final ImportRules rules;
    private final CurrentActor actors;

    ImportRulesAdminController(ImportRules rules, CurrentActor actors) {
        this.rules = rules;
        this.actors = actors;
    }

    @GetMapping(PAGE)
    String show(Model model) {
        return page(model, null, null);
    }

    @PostMapping(PAGE + "/organizations")
    String addOrganization(@RequestParam(required = false) String acronym, @RequestParam(required = false) String name,
                           Model model, HttpServletRequest request, HttpServletResponse response) {
        return change(model, response, "organization",
                () -> rules.addOrganization(actors.of(request), acronym, name));
    }

    @PostMapping(PAGE + "/organizations/{id}/remove")
    String removeOrganization(@PathVariable long id, Model model, HttpServletRequest request,
                              HttpServletResponse response) {
        return change(model, response, "organization", () -> rules.removeOrganization(actors.of(request), id));
    }

    @PostMapping(PAGE + "/themes")
    String addThemeRule(@RequestParam(required = false) String theme, @RequestParam(required = false) String keyword,
                        Model model, HttpServletRequest request, HttpServletResponse response) {
        return change(model, response, "theme", () -> rules.addThemeRule(actors.of(request), theme, keyword));
    }

    @PostMapping(PAGE + "/themes/{id}/remove")
    String removeThemeRule(@PathVariable long id, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        return change(model, response, "theme", () -> rules.removeThemeRule(actors.of(request), id));
    }

    /** Makes the change and comes back to the page; a refused change shows the page again with why. */
    private String change(Model model, HttpServletResponse response, String form, Runnable change) {
        try {
            change.run();
            return "redirect:" + PAGE + "?saved";
        } catch (ImportRuleException refused) {
            response.setStatus(refused.getMessage().equals("error.import-rules.gone")
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, refused.getMessage());
        }
    }

    private String page(Model model, String form, String error) {
        model.addAttribute("organizations", rules.organizations());
        model.addAttribute("themeRules", rules.themeRules());
        model.addAttribute("errorForm", form);
        model.addAttribute("error", error);
        return "importer/import-rules";
    }
}
