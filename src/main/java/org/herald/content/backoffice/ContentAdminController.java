package org.herald.content.backoffice;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentStatus;
import org.herald.content.ContentType;
import org.herald.content.ContentValidationException;
import org.herald.content.DeleteContent;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.content.GroupFields;
import org.herald.content.SaveContent;
import org.herald.content.StaleEditException;
import org.herald.content.Transition;
import org.herald.content.TranslateContent;
import org.herald.i18n.Language;
import org.herald.i18n.SiteLanguages;
import org.herald.media.MediaKind;
import org.herald.media.MediaLibrary;
import org.herald.web.AdminView;
import org.herald.web.BackOffice;
import org.herald.web.BackOfficeScreen;
import org.herald.web.BadRequestException;
import org.herald.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article and page editor: create, translate, save (a refused stale
 * save gets the merge screen), preview without saving, and the workflow, comments, revisions and
 * translations around it.
 */
@BackOfficeScreen
@Controller
class ContentAdminController {

    private static final int PICKER_SIZE = 24;
    /** What the editor says after a change sent the user back to it (the query parameter → message key). */
    private static final Map<String, String> NOTICES = Map.ofEntries(Map.entry("saved", "notice.saved"),
            Map.entry("submitted", "notice.submitted"), Map.entry("approved", "notice.approved"),
            Map.entry("sent-back", "notice.sent-back"), Map.entry("scheduled", "notice.scheduled"),
            Map.entry("schedule-cancelled", "notice.schedule-cancelled"),
            Map.entry("unpublish-time-set", "notice.unpublish-time-set"), Map.entry("published", "notice.published"),
            Map.entry("unpublished", "notice.unpublished"), Map.entry("archived", "notice.archived"),
            Map.entry("reopened", "notice.reopened"), Map.entry("commented", "notice.commented"),
            Map.entry("restored", "notice.restored"));

    private final EditorialContent content;
    private final SaveContent save;
    private final TranslateContent translate;
    private final CurrentActor actors;
    private final EditorOptions options;
    private final SiteLanguages languages;
    private final EditingPresence presence;
    private final MediaLibrary media;
    private final GroupFields groupFields;
    private final BackOffice backOffice;

    ContentAdminController(EditorialContent content, SaveContent save, TranslateContent translate, CurrentActor actors,
                           EditorOptions options, SiteLanguages languages, EditingPresence presence, MediaLibrary media,
                           GroupFields groupFields, BackOffice backOffice) {
        this.groupFields = groupFields;
        this.backOffice = backOffice;
        this.content = content;
        this.save = save;
        this.translate = translate;
        this.actors = actors;
        this.options = options;
        this.languages = languages;
        this.presence = presence;
        this.media = media;
    }

    @GetMapping("/admin/content/new")
    @RequiresPermission(Permission.CONTENT_EDIT)
    String newItem(@RequestParam(defaultValue = "article") String type, @ModelAttribute("ctx") PageContext ctx,
                   Model model, HttpServletRequest request) {
        ContentDraft draft = "page".equals(type) ? ContentDraft.newPage(languages.defaultLanguage())
                : "vacancy".equals(type) ? ContentDraft.newVacancy(languages.defaultLanguage())
                : ContentDraft.newArticle(ArticleKind.PRESS_RELEASE, languages.defaultLanguage());
        return editor(ctx, model, request, null, ContentForm.of(draft, null), Map.of(), null, null);
    }

    @PostMapping("/admin/content")
    @RequiresPermission(Permission.CONTENT_EDIT)
    String create(ContentForm form, @RequestParam(required = false) String action,
                  @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        ContentDraft draft = form.toDraft(true, errors);
        if ("preview".equals(action)) {
            return editor(ctx, model, request, null, form, errors, null, content.bodyHtml(form.bodyMarkdown()));
        }
        if (ContentForm.isBlockAction(action)) {
            return editor(ctx, model, request, null, form.withBlockAction(action), Map.of(), null, null);
        }
        try {
            if (!errors.isEmpty()) {
                throw new ContentValidationException(errors);
            }
            long id = save.create(actors.of(request), draft, null, groupFields.typed(request::getParameter));
            return "redirect:/admin/content/" + id + "?saved";
        } catch (ContentValidationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(ctx, model, request, null, form, invalid.errors(), null, null);
        }
    }

    @GetMapping("/admin/content/{id}")
    @RequiresPermission(Permission.BACK_OFFICE)
    String edit(@PathVariable long id, @ModelAttribute("ctx") PageContext ctx, Model model,
                HttpServletRequest request) {
        EditableItem item = content.get(id);
        presence.here(actors.of(request), id);
        NOTICES.entrySet().stream().filter(notice -> request.getParameter(notice.getKey()) != null).findFirst()
                .ifPresent(notice -> model.addAttribute("notice", notice.getValue()));
        ContentForm form = ContentForm.of(item.draft(), item.version())
                .withCredit(item.isTranslation() ? item.translation().credit() : null);
        return editor(ctx, model, request, item, form, Map.of(), null, null);
    }

    /** The form of a new translation of item {@code id} into {@code to}, beside its source. */
    @GetMapping("/admin/content/{id}/translate")
    @RequiresPermission(Permission.TRANSLATE)
    String newTranslation(@PathVariable long id, @RequestParam String to, @ModelAttribute("ctx") PageContext ctx,
                          Model model, HttpServletRequest request) {
        EditableItem source = content.get(id);
        Language target = Language.fromCode(to).orElseThrow(() -> new BadRequestException("error.language.required"));
        model.addAttribute("translating", source);
        return editor(ctx, model, request, null, ContentForm.translationOf(source.draft(), target.code()), Map.of(),
                null, null);
    }

    @PostMapping("/admin/content/{id}/translate")
    @RequiresPermission(Permission.TRANSLATE)
    String translate(@PathVariable long id, ContentForm form, @RequestParam(required = false) String action,
                     @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        EditableItem source = content.get(id);
        if (ContentForm.isBlockAction(action)) {
            model.addAttribute("translating", source);
            return editor(ctx, model, request, null, form.withBlockAction(action), Map.of(), null, null);
        }
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
            return editor(ctx, model, request, null, form, invalid.errors(), null, null);
        }
    }

    /** Saves an original (CONTENT_EDIT) or a translation (TRANSLATE): the action checks which. */
    @PostMapping("/admin/content/{id}")
    @RequiresPermission({Permission.CONTENT_EDIT, Permission.TRANSLATE})
    String update(@PathVariable long id, ContentForm form, @RequestParam(required = false) String action,
                  @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        EditableItem item = content.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        ContentDraft draft = form.toDraft(item.draft().dateFromPublication(), errors);
        if ("preview".equals(action)) {
            return editor(ctx, model, request, item, form, errors, null, content.bodyHtml(form.bodyMarkdown()));
        }
        if (ContentForm.isBlockAction(action)) {
            return editor(ctx, model, request, item, form.withBlockAction(action), Map.of(), null, null);
        }
        try {
            if (form.versionNumber() == null) {
                errors.put("version", "error.version.missing");
            }
            if (!errors.isEmpty()) {
                throw new ContentValidationException(errors);
            }
            Actor actor = actors.of(request);
            if (item.isTranslation()) {
                translate.save(actor, id, form.versionNumber(), draft, form.translationCredit(), form.isUpToDate());
            } else {
                save.update(actor, id, form.versionNumber(), draft, groupFields.typed(request::getParameter));
            }
            return "redirect:/admin/content/" + id + "?saved";
        } catch (ContentValidationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(ctx, model, request, item, form, invalid.errors(), null, null);
        } catch (StaleEditException stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return merge(ctx, model, request, id, form, draft);
        }
    }

    /**
     * The merge screen: someone saved the item since this user opened it. Their version and this
     * user's text side by side; the form holds this user's text, based on the newest version, so
     * that saving it again (after merging by hand) overwrites nothing unseen.
     */
    private String merge(PageContext ctx, Model model, HttpServletRequest request, long id, ContentForm form,
                         ContentDraft yours) {
        EditableItem latest = content.get(id);
        model.addAttribute("diffs", Diffs.compare(latest.draft(), yours, ctx));
        model.addAttribute("latestAuthor", content.revisions(id).get(0).authorName());
        return editor(ctx, model, request, latest, form.withVersion(latest.version()), Map.of(), "merge.explanation",
                null, "content/merge");
    }

    String editor(PageContext ctx, Model model, HttpServletRequest request, EditableItem item, ContentForm form,
                  Map<String, String> errors, String problem, String previewHtml) {
        return editor(ctx, model, request, item, form, errors, problem, previewHtml, "content/editor");
    }

    private String editor(PageContext ctx, Model model, HttpServletRequest request, EditableItem item, ContentForm form,
                          Map<String, String> errors, String problem, String previewHtml, String template) {
        Actor actor = actors.of(request);
        List<Transition> moves = item == null ? List.of() : Arrays.stream(Transition.values())
                .filter(move -> move.allowedFrom(item.status()) && actor.can(move.permission())).toList();
        boolean canDelete = item != null && DeleteContent.allows(actor, item);
        EditableItem source = item != null && item.isTranslation()
                ? content.get(item.translation().sourceItemId()) : (EditableItem) model.getAttribute("translating");
        model.addAttribute("page", new EditorPage(item, form, errors, problem, options.choices(ctx.language()),
                item == null ? List.of() : content.revisions(item.id()), moves,
                item == null ? List.of() : content.comments(item.id()),
                item == null ? List.of() : presence.others(actor, item.id()),
                media.newest(MediaKind.IMAGE, 1, PICKER_SIZE), previewHtml, canDelete,
                item == null ? List.of() : content.translations(item.id()), source,
                item == null ? List.of() : content.sourceChanges(item.id()), languages.enabled(),
                source != null ? List.of() : groupFields.shown(typeOf(form),
                        item == null ? null : item.translationGroup(),
                        groupFields.typed(request::getParameter))));
        if (item != null && model.getAttribute("view") instanceof AdminView view) {
            model.addAttribute("aboutItem", backOffice.aboutItem(view, item.id()));
        }
        return template;
    }

    private static ContentType typeOf(ContentForm form) {
        return java.util.Arrays.stream(ContentType.values()).filter(type -> type.name().equals(form.type()))
                .findFirst().orElse(null);
    }
}
