package org.herald.forms;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms in the back office: their list, a new form, a form's definition to edit (refused with
 * the reason beside it, what was typed kept), its submissions and their CSV export, and the
 * erasure of one person's submissions by their e-mail address.
 */
@BackOfficeScreen
@Controller
class FormsAdminController {

    static final String PAGE = "/admin/forms";

    private final Forms forms;
    private final SaveForm save;
    private final Submissions submissions;
    private final EraseSubmissions erase;
    private final CurrentActor actors;

    FormsAdminController(Forms forms, SaveForm save, Submissions submissions, EraseSubmissions erase,
                         CurrentActor actors) {
        this.forms = forms;
        this.save = save;
        this.submissions = submissions;
        this.erase = erase;
        this.actors = actors;
    }

    @GetMapping(PAGE)
    @RequiresPermission(Permission.FORMS_EDIT)
    String list(@RequestParam(required = false) Integer erased, Model model) {
        model.addAttribute("erased", erased);
        model.addAttribute("forms", forms.all());
        return "forms/admin-list";
    }

    @GetMapping(PAGE + "/new")
    @RequiresPermission(Permission.FORMS_EDIT)
    String blank(Model model) {
        return edit(model, null, "", FormTemplate.NEW, Map.of());
    }

    @PostMapping(PAGE)
    @RequiresPermission(Permission.FORMS_EDIT)
    String create(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String definition,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            save.create(actors.of(request), slug.trim(), definition);
            return "redirect:" + PAGE + "/" + slug.trim() + "?saved";
        } catch (FormRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return edit(model, null, slug, definition, refused.errors());
        }
    }

    @GetMapping(PAGE + "/{form}")
    @RequiresPermission(Permission.FORMS_EDIT)
    String show(@PathVariable String form, Model model) {
        StoredForm stored = stored(form);
        return edit(model, stored, stored.slug(), stored.json(), Map.of());
    }

    @PostMapping(PAGE + "/{form}")
    @RequiresPermission(Permission.FORMS_EDIT)
    String update(@PathVariable String form, @RequestParam(defaultValue = "0") int version,
                  @RequestParam(defaultValue = "") String definition, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        StoredForm stored = stored(form);
        try {
            save.update(actors.of(request), stored, version, definition);
            return "redirect:" + PAGE + "/" + stored.slug() + "?saved";
        } catch (FormRefused refused) {
            response.setStatus(refused.errors().containsValue("forms.error.meanwhile") ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            return edit(model, stored, stored.slug(), definition, refused.errors());
        }
    }

    @GetMapping(PAGE + "/{form}/submissions")
    @RequiresPermission(Permission.SUBMISSIONS_READ)
    String submissions(@PathVariable String form, Model model) {
        StoredForm stored = stored(form);
        model.addAttribute("form", stored);
        model.addAttribute("submissions", submissions.of(stored.id()));
        return "forms/admin-submissions";
    }

    @GetMapping(PAGE + "/{form}/submissions.csv")
    @RequiresPermission(Permission.SUBMISSIONS_READ)
    void export(@PathVariable String form, @ModelAttribute("ctx") PageContext ctx, HttpServletResponse response)
            throws IOException {
        StoredForm stored = stored(form);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + stored.slug() + "-submissions.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        SubmissionExport.csv(stored, submissions.of(stored.id()), ctx.language(), out);
        out.flush();
    }

    @PostMapping(PAGE + "/erase")
    @RequiresPermission(Permission.SUBMISSIONS_ERASE)
    String erase(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        try {
            return "redirect:" + PAGE + "?erased=" + erase.erase(actors.of(request), email);
        } catch (FormRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("eraseError", refused.errors().get("email"));
            return list(null, model);
        }
    }

    private String edit(Model model, StoredForm form, String slug, String definition, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("slug", slug);
        model.addAttribute("definition", definition);
        model.addAttribute("errors", errors);
        return "forms/admin-edit";
    }

    private StoredForm stored(String slug) {
        return forms.find(slug).orElseThrow(NotFoundException::new);
    }
}
