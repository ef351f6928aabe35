package org.herald.newsroom;

import org.herald.content.LocalTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.accounts.UserDirectory;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.newsroom.EmbargoPreviews;
import org.herald.newsroom.RevokePreview;
import org.herald.newsroom.SharePreview;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An item's embargoed preview links: make one per recipient (its address is shown once, to copy
 * into a message), revoke, and see every opening.
 */
@BackOfficeScreen
@Controller
class PreviewLinksAdminController {

    private final EditorialContent content;
    private final EmbargoPreviews previews;
    private final SharePreview share;
    private final RevokePreview revoke;
    private final CurrentActor actors;
    private final UserDirectory users;

    PreviewLinksAdminController(EditorialContent content, EmbargoPreviews previews, SharePreview share,
                                RevokePreview revoke, CurrentActor actors, UserDirectory users) {
        this.content = content;
        this.previews = previews;
        this.share = share;
        this.revoke = revoke;
        this.actors = actors;
        this.users = users;
    }

    @GetMapping("/admin/content/{id}/previews")
    @RequiresPermission(Permission.PREVIEW_SHARE)
    String list(@PathVariable long id, Model model, HttpServletRequest request) {
        Actor actor = actors.of(request);
        EditableItem item = content.get(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime defaultExpiry = (item.publishAt() != null ? item.publishAt() : now).plusDays(7)
                .truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("item", item);
        model.addAttribute("links", previews.links(actor, id));
        model.addAttribute("views", previews.views(actor, id));
        model.addAttribute("now", now);
        model.addAttribute("defaultExpiry", defaultExpiry);
        return "newsroom/previews";
    }

    @PostMapping("/admin/content/{id}/previews")
    @RequiresPermission(Permission.PREVIEW_SHARE)
    String create(@PathVariable long id, @RequestParam(required = false) String recipient,
                  @RequestParam(required = false) String expiresAt, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Actor actor = actors.of(request);
        Instant expiry = LocalTimes.toInstant(expiresAt, users.zoneOf(actor));
        SharePreview.NewLink link = share.share(actor, id, recipient, expiry);
        String url = ServletUriComponentsBuilder.fromContextPath(request).path(link.path()).toUriString();
        redirect.addFlashAttribute("newLink", url);
        redirect.addFlashAttribute("newRecipient", recipient == null ? "" : recipient.strip());
        return "redirect:/admin/content/" + id + "/previews";
    }

    @PostMapping("/admin/content/{id}/previews/{linkId}/revoke")
    @RequiresPermission(Permission.PREVIEW_SHARE)
    String revoke(@PathVariable long id, @PathVariable long linkId, HttpServletRequest request) {
        revoke.revoke(actors.of(request), id, linkId);
        return "redirect:/admin/content/" + id + "/previews?revoked";
    }
}
