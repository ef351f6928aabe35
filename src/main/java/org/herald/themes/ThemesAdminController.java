package org.herald.themes;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.i18n.SiteLanguages;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The themes of What We Do in the back office: their list in order (each moved up or down), a
 * form to add one, and a form per theme to rename and describe it in each language. A refused
 * form comes back with what was typed and each error beside its field. The keywords that tag
 * imported items with a theme are the importer's screen, linked from here.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.THEMES_EDIT)
class ThemesAdminController {

    static final String PAGE = "/admin/themes";

    private final Themes themes;
    private final CreateTheme create;
    private final EditTheme edit;
    private final MoveTheme move;
    private final CurrentActor actors;
    private final SiteLanguages languages;

    ThemesAdminController(Themes themes, CreateTheme create, EditTheme edit, MoveTheme move, CurrentActor actors,
                          SiteLanguages languages) {
        this.themes = themes;
        this.create = create;
        this.edit = edit;
        this.move = move;
        this.actors = actors;
        this.languages = languages;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        return list(model, ThemeForm.blank(), Map.of());
    }

    @PostMapping(PAGE)
    String create(@RequestParam Map<String, String> parameters, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        ThemeForm form = ThemeForm.of(parameters);
        try {
            return "redirect:" + PAGE + "/" + create.create(actors.of(request), form) + "?created";
        } catch (ThemeRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(model, form, refused.errors());
        } catch (DuplicateKeyException meanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return list(model, form, Map.of("code", "error.theme.meanwhile"));
        }
    }

    @GetMapping(PAGE + "/{theme}")
    String show(@PathVariable String theme, Model model) {
        StoredTheme stored = stored(theme);
        return edit(model, stored, ThemeForm.of(stored), Map.of());
    }

    @PostMapping(PAGE + "/{theme}")
    String save(@PathVariable String theme, @RequestParam Map<String, String> parameters, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        StoredTheme stored = stored(theme);
        ThemeForm form = ThemeForm.of(parameters);
        try {
            edit.edit(actors.of(request), stored, form);
            return "redirect:" + PAGE + "/" + stored.code() + "?saved";
        } catch (ThemeRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return edit(model, stored, form, refused.errors());
        } catch (DuplicateKeyException meanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return edit(model, stored, form, Map.of("name-" + languages.defaultLanguage().code(),
                    "error.theme.meanwhile"));
        }
    }

    @PostMapping(PAGE + "/{theme}/move")
    String move(@PathVariable String theme, @RequestParam(required = false) String direction, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        try {
            move.move(actors.of(request), stored(theme).code(), direction);
            return "redirect:" + PAGE + "?moved";
        } catch (ThemeRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(model, ThemeForm.blank(), refused.errors());
        }
    }

    private StoredTheme stored(String code) {
        return themes.stored().stream().filter(theme -> theme.code().equals(code)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private String list(Model model, ThemeForm form, Map<String, String> errors) {
        List<StoredTheme> all = themes.stored();
        model.addAttribute("themes", all.stream().map(theme -> theme.in(languages.defaultLanguage(),
                languages.defaultLanguage())).toList());
        return form(model, form, errors, "themes/admin-list");
    }

    private String edit(Model model, StoredTheme stored, ThemeForm form, Map<String, String> errors) {
        model.addAttribute("theme", stored.in(languages.defaultLanguage(), languages.defaultLanguage()));
        model.addAttribute("writtenBy", stored.texts().values().stream().map(ThemeText::writtenBy)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return form(model, form, errors, "themes/admin-edit");
    }

    private String form(Model model, ThemeForm form, Map<String, String> errors, String template) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("defaultLanguage", languages.defaultLanguage());
        return template;
    }
}
