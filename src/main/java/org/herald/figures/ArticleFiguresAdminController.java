package org.herald.figures;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.content.EditableItem;
import org.herald.content.EditorialContent;
import org.herald.places.Countries;
import org.herald.web.BackOfficeScreen;
import org.herald.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures of one article, for its editor to review before (or after) publishing: those its
 * text states, found by the importer's rules, each with the sentence it comes from, to confirm as
 * found, correct (country, value, unit, qualifier) or reject; and those already reviewed or
 * stored by an import. A refused correction is a 400 page naming what was wrong; nothing changes.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.CONTENT_EDIT)
class ArticleFiguresAdminController {

    private final EditorialContent content;
    private final FiguresOfItems figures;
    private final ReviewFigure review;
    private final Countries countries;
    private final CurrentActor actors;

    ArticleFiguresAdminController(EditorialContent content, FiguresOfItems figures, ReviewFigure review,
                                  Countries countries, CurrentActor actors) {
        this.content = content;
        this.figures = figures;
        this.review = review;
        this.countries = countries;
        this.actors = actors;
    }

    static String path(long itemId) {
        return "/admin/content/" + itemId + "/figures";
    }

    @GetMapping("/admin/content/{id}/figures")
    String show(@PathVariable long id, @ModelAttribute("ctx") PageContext ctx, Model model,
                HttpServletRequest request) {
        EditableItem item = content.get(id);
        java.util.Arrays.stream(FigureReview.values()).filter(done -> request.getParameter(
                        done.name().toLowerCase(java.util.Locale.ROOT)) != null).findFirst()
                .ifPresent(done -> model.addAttribute("notice", "figures.review.done." + done.name().toLowerCase(java.util.Locale.ROOT)));
        model.addAttribute("item", item);
        model.addAttribute("figures", figures.of(item));
        model.addAttribute("countries", countries.all(ctx.language()));
        return "figures/admin-article-figures";
    }

    @PostMapping("/admin/content/{id}/figures")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest request) {
        String stored = form.get("stored");
        FigureReview recorded = review.decide(actors.of(request), id, new ReviewFigure.Decision(
                stored == null || stored.isBlank() ? null : parseId(stored), form.get("sentence"),
                form.get("found-country"), form.containsKey("reject"), form.get("country"), form.get("value"),
                form.get("unit"), form.get("qualifier")));
        return "redirect:" + path(id) + "?" + recorded.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException notAnId) {
            throw new org.herald.web.BadRequestException("figures.review.gone");
        }
    }
}
