package org.herald.content.backoffice;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.content.EditorialContent;
import org.herald.content.MarkdownRenderer;
import org.herald.web.PageContext;
import org.herald.web.BackOfficeScreen;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two small JSON endpoints the editor's script uses, both progressive enhancements of what
 * the page does without it: the live preview of the body (sanitized on the server, like the
 * published page) and the "also editing" heartbeat.
 */
@BackOfficeScreen
@RestController
class EditorApiController {

    private final EditorialContent content;
    private final EditingPresence presence;
    private final CurrentActor actors;

    EditorApiController(EditorialContent content, EditingPresence presence, CurrentActor actors) {
        this.content = content;
        this.presence = presence;
        this.actors = actors;
    }

    @PostMapping("/admin/api/markdown")
    @RequiresPermission(Permission.CONTENT_EDIT)
    Map<String, String> preview(@RequestParam(required = false) String markdown) {
        String text = markdown == null ? "" : markdown;
        return Map.of("html", text.length() > 500_000 ? MarkdownRenderer.toHtml("") : content.bodyHtml(text));
    }

    /** Marks the user present on the item and says who else is. */
    @PostMapping("/admin/api/content/{id}/presence")
    @RequiresPermission(Permission.BACK_OFFICE)
    Map<String, Object> heartbeat(@PathVariable long id, @ModelAttribute("ctx") PageContext ctx,
                                  HttpServletRequest request) {
        content.get(id);
        Actor actor = actors.of(request);
        presence.here(actor, id);
        List<String> names = presence.others(actor, id).stream().map(Presence::name).toList();
        return Map.of("names", names, "text", names.isEmpty() ? "" : ctx.t("presence.others", String.join(", ", names)));
    }
}
