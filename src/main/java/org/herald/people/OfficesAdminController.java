package org.herald.people;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's offices: the list, and a form per office for what the public is told about
 * it (address, position, switchboard, e-mail, opening hours). A refused value is shown beside its
 * field, with what was typed kept.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.PLACES_EDIT)
class OfficesAdminController {

    private final Directory directory;
    private final UpdateOffice update;
    private final CurrentActor actors;

    OfficesAdminController(Directory directory, UpdateOffice update, CurrentActor actors) {
        this.directory = directory;
        this.update = update;
        this.actors = actors;
    }

    @GetMapping("/admin/offices")
    String list(Model model) {
        model.addAttribute("offices", directory.offices());
        return "people/offices";
    }

    @GetMapping("/admin/offices/{id}")
    String form(@PathVariable long id, Model model) {
        Office office = directory.office(id).orElseThrow(NotFoundException::new);
        return page(model, office, new UpdateOffice.Details(office.address(), text(office.latitude()),
                text(office.longitude()), office.phone(), office.email(), office.openingHours()), Map.of());
    }

    @PostMapping("/admin/offices/{id}")
    String save(@PathVariable long id, @RequestParam(required = false) String address,
                @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
                @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
                @RequestParam(required = false) String openingHours, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        Office office = directory.office(id).orElseThrow(NotFoundException::new);
        UpdateOffice.Details details = new UpdateOffice.Details(address, latitude, longitude, phone, email, openingHours);
        try {
            update.update(actors.of(request), id, details);
            return "redirect:/admin/offices?saved=" + id;
        } catch (OfficeException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, office, details, Map.of(refused.field(), refused.getMessage()));
        }
    }

    private static String page(Model model, Office office, UpdateOffice.Details form, Map<String, String> errors) {
        model.addAttribute("office", office);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "people/office-form";
    }

    private static String text(Double degrees) {
        return degrees == null ? "" : degrees.toString();
    }
}
