package org.herald.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.ContentValidationException;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.StaleEditException;
import org.herald.content.TranslateContent;
import org.herald.content.UnpublishContent;
import org.herald.i18n.Language;
import org.herald.site.BadRequestException;
import org.herald.i18n.SiteLanguages;
import org.herald.site.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The content list and the article and page editor. */
@Controller
class ContentAdminController {

    private final EditorialContent content;
    private final SaveContent save;
    private final PublishContent publish;
    private final UnpublishContent unpublish;
    private final TranslateContent translate;
    private final CurrentActor actors;
    private final EditorOptions options;
    private final SiteLanguages languages;

    ContentAdminController(EditorialContent content, SaveContent save, PublishContent publish,
                           UnpublishContent unpublish, TranslateContent translate, CurrentActor actors,
                           EditorOptions options, SiteLanguages languages) {
        this.content = content;
        this.save = save;
        this.publish = publish;
        this.unpublish = unpublish;
        this.translate = translate;
        this.actors = actors;
        this.options = options;
        this.languages = languages;
    }

    @GetMapping("/admin")
    String dashboard(@RequestParam(required = false) String type, Model model) {
        ContentType filter = "article".equals(type) ? ContentType.ARTICLE : "page".equals(type) ? ContentType.PAGE : null;
        model.addAttribute("items", content.list(filter));
        model.addAttribute("type", filter);
        return "admin/dashboard";
    }

    @GetMapping("/admin/content/new")
    String newItem(@RequestParam(defaultValue = "article") String type, @ModelAttribute("ctx") PageContext ctx,
                   Model model) {
        ContentDraft draft = "page".equals(type)
                ? ContentDraft.newPage(languages.defaultLanguage())
                : ContentDraft.newArticle(ArticleKind.PRESS_RELEASE, languages.defaultLanguage());
        return editor(ctx, model, null, ContentForm.of(draft, null), Map.of(), null);
    }

    @PostMapping("/admin/content")
    String create(ContentForm form, @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        ContentDraft draft = form.toDraft(true, errors);
        try {
            if (!errors.isEmpty()) {
                throw new ContentValidationException(errors);
            }
            long id = save.create(actors.of(request), draft, null);
            return "redirect:/admin/content/" + id + "?saved";
        } catch (ContentValidationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(ctx, model, null, form, invalid.errors(), null);
        }
    }

    @GetMapping("/admin/content/{id}")
    String edit(@PathVariable long id, @ModelAttribute("ctx") PageContext ctx, Model model) {
        EditableItem item = content.get(id);
        ContentForm form = ContentForm.of(item.draft(), item.version())
                .withCredit(item.isTranslation() ? item.translation().credit() : null);
        return editor(ctx, model, item, form, Map.of(), null);
    }

    /** The form of a new translation of item {@code id} into {@code to}, beside its source. */
    @GetMapping("/admin/content/{id}/translate")
    String newTranslation(@PathVariable long id, @RequestParam String to, @ModelAttribute("ctx") PageContext ctx,
                          Model model) {
        EditableItem source = content.get(id);
        Language target = Language.fromCode(to).orElseThrow(() -> new BadRequestException("error.language.required"));
        model.addAttribute("translating", source);
        return editor(ctx, model, null, ContentForm.translationOf(source.draft(), target.code()), Map.of(), null);
    }

    @PostMapping("/admin/content/{id}/translate")
    String translate(@PathVariable long id, ContentForm form, @ModelAttribute("ctx") PageContext ctx, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        EditableItem source = content.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        ContentDraft draft = form.toDraft(source.draft().dateFromPublication(), errors);
        try {
            if (!errors.isEmpty()) {
                throw new ContentValidationException(errors);
            }
            long translation = translate.create(actors.of(request), id, draft, form.translationCredit());
            return "redirect:/admin/content/" + translation + "?saved";
        } catch (ContentValidationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("translating", source);
            return editor(ctx, model, null, form, invalid.errors(), null);
        }
    }

    @PostMapping("/admin/content/{id}")
    String update(@PathVariable long id, ContentForm form, @ModelAttribute("ctx") PageContext ctx, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        EditableItem item = content.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        ContentDraft draft = form.toDraft(item.draft().dateFromPublication(), errors);
        try {
            if (form.versionNumber() == null) {
                errors.put("version", "error.version.missing");
            }
            if (!errors.isEmpty()) {
                throw new ContentValidationException(errors);
            }
            Actor actor = actors.of(request);
            save.update(actor, id, form.versionNumber(), draft);
            if (item.isTranslation()) {
                translate.update(actor, id, form.translationCredit(), form.isUpToDate());
            }
            return "redirect:/admin/content/" + id + "?saved";
        } catch (ContentValidationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(ctx, model, item, form, invalid.errors(), null);
        } catch (StaleEditException stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            EditableItem latest = content.get(id);
            return editor(ctx, model, latest, form.withVersion(latest.version()), Map.of(), "editor.stale");
        }
    }

    @PostMapping("/admin/content/{id}/publish")
    String publish(@PathVariable long id, HttpServletRequest request) {
        publish.publish(actors.of(request), id);
        return "redirect:/admin/content/" + id + "?published";
    }

    @PostMapping("/admin/content/{id}/unpublish")
    String unpublish(@PathVariable long id, HttpServletRequest request) {
        Actor actor = actors.of(request);
        unpublish.unpublish(actor, id);
        return "redirect:/admin/content/" + id + "?unpublished";
    }

    private String editor(PageContext ctx, Model model, EditableItem item, ContentForm form, Map<String, String> errors,
                          String problem) {
        model.addAttribute("item", item);
        model.addAttribute("translations", item == null ? java.util.List.of() : content.translations(item.id()));
        model.addAttribute("source", item != null && item.isTranslation()
                ? content.get(item.translation().sourceItemId()) : model.getAttribute("translating"));
        model.addAttribute("sourceChanges", item == null ? java.util.List.of() : content.sourceChanges(item.id()));
        model.addAttribute("languages", languages.enabled());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("choices", options.choices(ctx.language()));
        model.addAttribute("revisions", item == null ? java.util.List.of() : content.revisions(item.id()));
        return "admin/editor";
    }
}
