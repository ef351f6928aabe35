package org.herald.site;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.i18n.Language;
import org.herald.site.Menu;
import org.herald.site.MenuException;
import org.herald.web.PageContext;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The menu editor: add a section page, rename, reorder and remove entries; and the site's logo.
 * The menu's second level is not edited here: a section's sub-pages (pages whose parent is its
 * page) appear under it on their own, so a page is placed once, by its parent, and the menu
 * never lists a page that is unpublished or has moved.
 */
@BackOfficeScreen
@Controller
@org.herald.accounts.RequiresPermission(org.herald.accounts.Permission.MENU_EDIT)
class MenuAdminController {

    private final Menu menu;
    private final EditorialContent content;
    private final org.herald.accounts.CurrentActor actors;
    private final SiteLogo logo;

    MenuAdminController(Menu menu, EditorialContent content, org.herald.accounts.CurrentActor actors, SiteLogo logo) {
        this.logo = logo;
        this.menu = menu;
        this.content = content;
        this.actors = actors;
    }

    @GetMapping("/admin/menu")
    String show(@ModelAttribute("ctx") PageContext ctx, Model model) {
        return page(model, null);
    }

    @PostMapping("/admin/menu")
    String add(@RequestParam(required = false) String pageGroup, @RequestParam(required = false) String label,
               @RequestParam(defaultValue = "en") String language, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        return change(model, response, () -> menu.add(actors.of(request), existingPage(pageGroup), language(language),
                label));
    }

    @PostMapping("/admin/menu/{id}/label")
    String rename(@PathVariable long id, @RequestParam(required = false) String label,
                  @RequestParam(defaultValue = "en") String language, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        return change(model, response, () -> menu.rename(actors.of(request), id, language(language), label));
    }

    @PostMapping("/admin/menu/{id}/move")
    String move(@PathVariable long id, @RequestParam String direction, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        return change(model, response, () -> menu.move(actors.of(request), id, "up".equals(direction) ? -1 : 1));
    }

    @PostMapping("/admin/menu/{id}/remove")
    String remove(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return change(model, response, () -> menu.remove(actors.of(request), id));
    }

    /** Replaces the site's logo with an uploaded SVG (refused, with the reason, when it could run or load anything). */
    @PostMapping("/admin/menu/logo")
    String uploadLogo(@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
                      HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        byte[] bytes = file == null ? null : file.getBytes();
        return change(model, response, () -> logo.upload(actors.of(request), bytes));
    }

    /** Goes back to the placeholder mark. */
    @PostMapping("/admin/menu/logo/remove")
    String removeLogo(Model model, HttpServletRequest request, HttpServletResponse response) {
        return change(model, response, () -> logo.remove(actors.of(request)));
    }

    private String change(Model model, HttpServletResponse response, Runnable change) {
        try {
            change.run();
            return "redirect:/admin/menu?saved";
        } catch (MenuException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, invalid.getMessage());
        }
    }

    private String page(Model model, String problem) {
        model.addAttribute("entries", menu.entries());
        model.addAttribute("pages", content.list(ContentType.PAGE));
        model.addAttribute("problem", problem);
        model.addAttribute("logo", logo.href());
        return "site/menu";
    }

    private UUID existingPage(String raw) {
        return content.list(ContentType.PAGE).stream()
                .map(org.herald.content.ItemSummary::translationGroup)
                .filter(group -> group.toString().equals(raw))
                .findFirst()
                .orElseThrow(() -> new MenuException("error.menu.page"));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new MenuException("error.language.required"));
    }
}
