package org.herald.newsroom;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.i18n.Language;
import org.herald.outbox.MailRefusedException;
import org.herald.places.Countries;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The press room's distribution lists: the lists and journalists, each journalist's page with
 * what they got, and each release's distribution page (send it to lists, at publication or as an
 * embargoed copy, and read who got it).
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.MEDIA_LISTS_EDIT)
class MediaListsAdminController {

    static final String PAGE = "/admin/media-lists";

    private final MediaLists lists;
    private final KeepMediaLists keep;
    private final SendRelease send;
    private final EditorialContent content;
    private final Countries countries;
    private final CurrentActor actors;

    MediaListsAdminController(MediaLists lists, KeepMediaLists keep, SendRelease send, EditorialContent content,
                              Countries countries, CurrentActor actors) {
        this.lists = lists;
        this.keep = keep;
        this.send = send;
        this.content = content;
        this.countries = countries;
        this.actors = actors;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return lists(model, null);
    }

    @PostMapping(PAGE)
    String createList(@RequestParam(required = false) String name, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        try {
            keep.createList(actors.of(request), name);
            return "redirect:" + PAGE;
        } catch (MediaListException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return lists(model, refused.messageKey());
        }
    }

    @PostMapping(PAGE + "/journalists")
    String addJournalist(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
                         @RequestParam(required = false) String outlet, @RequestParam(required = false) String beat,
                         @RequestParam(required = false) List<String> language,
                         @RequestParam(required = false) List<String> country,
                         @RequestParam(required = false) List<Long> list, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        try {
            long id = keep.addJournalist(actors.of(request), name, email, outlet, beat, language, country, list);
            return "redirect:" + PAGE + "/journalists/" + id;
        } catch (MediaListException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return lists(model, refused.messageKey());
        } catch (MailRefusedException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return lists(model, refused.messageKey());
        }
    }

    @GetMapping(PAGE + "/journalists/{journalistId}")
    String journalist(@PathVariable long journalistId, Model model) {
        model.addAttribute("journalist", lists.journalist(journalistId).orElseThrow(NotFoundException::new));
        model.addAttribute("sends", lists.sendsTo(journalistId));
        return "newsroom/journalist";
    }

    @PostMapping(PAGE + "/journalists/{journalistId}/clear")
    String clear(@PathVariable long journalistId, HttpServletRequest request) {
        try {
            keep.clearBounce(actors.of(request), journalistId);
        } catch (MediaListException unknown) {
            throw new NotFoundException();
        }
        return "redirect:" + PAGE + "/journalists/" + journalistId;
    }

    @GetMapping("/admin/content/{id}/distribution")
    String distribution(@PathVariable long id, Model model) {
        return distribution(model, id, null, null);
    }

    @PostMapping("/admin/content/{id}/distribution")
    String send(@PathVariable long id, @RequestParam(required = false) List<Long> list,
                @RequestParam(required = false) String embargoed, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        try {
            int count = send.send(actors.of(request), id, list, "true".equals(embargoed));
            return distribution(model, id, null, count);
        } catch (MediaListException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return distribution(model, id, refused.messageKey(), null);
        }
    }

    private String distribution(Model model, long id, String problem, Integer sent) {
        EditableItem item = content.get(id);
        model.addAttribute("item", item);
        model.addAttribute("lists", lists.lists());
        model.addAttribute("sends", lists.sendsOf(id));
        model.addAttribute("problem", problem);
        model.addAttribute("sent", sent);
        return "newsroom/distribution";
    }

    private String lists(Model model, String problem) {
        model.addAttribute("lists", lists.lists());
        model.addAttribute("journalists", lists.journalists());
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("countries", countries.all(Language.EN));
        model.addAttribute("problem", problem);
        return "newsroom/media-lists";
    }
}
