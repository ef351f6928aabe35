package org.herald.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.content.ContentStatus;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.web.AdminView;
import org.herald.web.BackOffice;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's home: what waits for the signed-in person, as each module tells it (see
 * {@link org.herald.web.BackOfficeSection}), above the list of content, which can be filtered by
 * type and status.
 */
@BackOfficeScreen
@Controller
class DashboardController {

    private final EditorialContent content;
    private final BackOffice backOffice;

    DashboardController(EditorialContent content, BackOffice backOffice) {
        this.content = content;
        this.backOffice = backOffice;
    }

    @GetMapping("/admin")
    @RequiresPermission(Permission.BACK_OFFICE)
    String dashboard(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
                     @ModelAttribute("view") AdminView view, Model model) {
        ContentType filter = "article".equals(type) ? ContentType.ARTICLE : "page".equals(type) ? ContentType.PAGE : null;
        ContentStatus state = Arrays.stream(ContentStatus.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(status)).findFirst().orElse(null);
        model.addAttribute("waiting", backOffice.waiting(view));
        model.addAttribute("items", content.list(filter, state));
        model.addAttribute("type", filter);
        model.addAttribute("status", state);
        model.addAttribute("statuses", List.of(ContentStatus.values()));
        return "admin/dashboard";
    }
}
