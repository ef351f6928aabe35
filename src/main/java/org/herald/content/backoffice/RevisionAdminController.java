package org.herald.content.backoffice;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.content.GroupFields;
import org.herald.content.RestoreRevision;
import org.herald.content.RevisionSnapshot;
import org.herald.content.RevisionSummary;
import org.herald.web.BadRequestException;
import org.herald.web.PageContext;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Any two revisions of an item side by side, and restoring an old revision as a new one. */
@BackOfficeScreen
@Controller
class RevisionAdminController {

    private final EditorialContent content;
    private final RestoreRevision restore;
    private final CurrentActor actors;
    private final GroupFields groupFields;

    RevisionAdminController(EditorialContent content, RestoreRevision restore, CurrentActor actors,
                            GroupFields groupFields) {
        this.groupFields = groupFields;
        this.content = content;
        this.restore = restore;
        this.actors = actors;
    }

    /** Compares revision {@code from} (left) with {@code to} (right); by default the latest with the one before. */
    @GetMapping("/admin/content/{id}/compare")
    @RequiresPermission(Permission.BACK_OFFICE)
    String compare(@PathVariable long id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, @ModelAttribute("ctx") PageContext ctx, Model model) {
        EditableItem item = content.get(id);
        List<RevisionSummary> revisions = content.revisions(id);
        int right = to == null ? item.revisionNumber() : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        if (revisions.stream().noneMatch(r -> r.number() == left) || revisions.stream().noneMatch(r -> r.number() == right)) {
            throw new BadRequestException("compare.error.revision", left + ", " + right);
        }
        RevisionSnapshot older = content.revision(id, left);
        RevisionSnapshot newer = content.revision(id, right);
        model.addAttribute("item", item);
        model.addAttribute("revisions", revisions);
        model.addAttribute("left", older);
        model.addAttribute("right", newer);
        model.addAttribute("diffs", Diffs.compare(older, newer, groupFields, ctx));
        return "content/compare";
    }

    @PostMapping("/admin/content/{id}/revisions/{number}/restore")
    @RequiresPermission(Permission.CONTENT_EDIT)
    String restore(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) Integer version,
                   HttpServletRequest request) {
        if (version == null) {
            throw new BadRequestException("error.version.missing");
        }
        restore.restore(actors.of(request), id, version, number);
        return "redirect:/admin/content/" + id + "?restored=" + number;
    }
}
