package org.herald.highlights;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.Actor;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.accounts.UserDirectory;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.ItemSummary;
import org.herald.content.LocalTimes;
import org.herald.content.PublishedContent;
import org.herald.content.ScheduleException;
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

/** The highlights screen: every pin by page, in order, with when it shows; pin, move and remove. */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.HIGHLIGHTS_EDIT)
class HighlightsAdminController {

    static final String PAGE = "/admin/highlights";

    private final Highlights highlights;
    private final PinHighlight pin;
    private final MoveHighlight move;
    private final UnpinHighlight unpin;
    private final EditorialContent content;
    private final PublishedContent published;
    private final CurrentActor actors;
    private final UserDirectory users;
    private final java.time.Clock clock;

    HighlightsAdminController(Highlights highlights, PinHighlight pin, MoveHighlight move, UnpinHighlight unpin,
                              EditorialContent content, PublishedContent published, CurrentActor actors,
                              UserDirectory users, java.time.Clock clock) {
        this.published = published;
        this.clock = clock;
        this.highlights = highlights;
        this.pin = pin;
        this.move = move;
        this.unpin = unpin;
        this.content = content;
        this.actors = actors;
        this.users = users;
    }

    @GetMapping(PAGE)
    String show(@ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request) {
        ZoneId zone = users.zoneOf(actors.of(request));
        String now = clock.instant().atZone(zone).toLocalDateTime().withNano(0).toString();
        return page(ctx, model, HighlightForm.blank(now), Map.of());
    }

    @PostMapping(PAGE)
    String add(@ModelAttribute("ctx") PageContext ctx, @ModelAttribute("form") HighlightForm form, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        Actor actor = actors.of(request);
        ZoneId zone = users.zoneOf(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant startsAt = time(form.startsAt(), zone, "startsAt", errors);
        Instant endsAt = time(form.endsAt(), zone, "endsAt", errors);
        try {
            if (errors.isEmpty()) {
                pin.pin(actor, new NewHighlight(form.place(), form.item(), form.linkUrl(), form.linkTitle(),
                        form.image(), form.imageAlt(), form.imageCredit(), form.language(), startsAt, endsAt));
                return "redirect:" + PAGE + "?saved";
            }
        } catch (HighlightException refused) {
            errors.putAll(refused.errors());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(ctx, model, form, errors);
    }

    @PostMapping(PAGE + "/{id}/move")
    String move(@PathVariable long id, @RequestParam(defaultValue = "down") String direction,
                HttpServletRequest request) {
        try {
            move.move(actors.of(request), id, "up".equals(direction) ? -1 : 1);
        } catch (HighlightException unknown) {
            throw new NotFoundException();
        }
        return "redirect:" + PAGE + "?saved";
    }

    @PostMapping(PAGE + "/{id}/remove")
    String remove(@PathVariable long id, HttpServletRequest request) {
        try {
            unpin.unpin(actors.of(request), id);
        } catch (HighlightException unknown) {
            throw new NotFoundException();
        }
        return "redirect:" + PAGE + "?saved";
    }

    private static Instant time(String text, ZoneId zone, String field, Map<String, String> errors) {
        try {
            return LocalTimes.toInstant(text, zone);
        } catch (ScheduleException malformed) {
            errors.put(field, malformed.messageKey());
            return null;
        }
    }

    private String page(PageContext ctx, Model model, HighlightForm form, Map<String, String> errors) {
        List<ItemSummary> pages = content.list(ContentType.PAGE);
        Map<String, String> places = new LinkedHashMap<>();
        places.put(Highlights.HOME, null);
        pages.forEach(page -> places.putIfAbsent(Highlights.placeOf(page.translationGroup()), page.title()));
        List<Highlight> all = highlights.all();
        Map<UUID, String> titles = new java.util.HashMap<>();
        published.versionsOf(all.stream().map(Highlight::itemGroup).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()))
                .forEach((group, versions) -> titles.put(group, versions.stream()
                        .filter(version -> version.language() == ctx.language()).findFirst()
                        .orElse(versions.get(0)).title()));
        model.addAttribute("pins", all.stream().map(pin -> new HighlightRow(pin, highlights.shownNow(pin),
                places.get(pin.place()), pin.itemGroup() == null ? null : titles.get(pin.itemGroup()))).toList());
        model.addAttribute("places", places);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "highlights/highlights";
    }
}
