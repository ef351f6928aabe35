package org.herald.partners;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.i18n.Language;
import org.herald.presence.WhereWeWork;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Partners and agreements in the back office: the list of both, a form to create or edit a partner
 * (names in each language, aliases, type, country or region, member states) and one to create or
 * edit an agreement. A refused form comes back (400) with what was typed and each error beside its
 * field; a save that lost a race with another is a 409 with the form as typed.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.PARTNERS_EDIT)
class PartnersAdminController {

    static final String PARTNERS = "/admin/partners";
    static final String AGREEMENTS = "/admin/agreements";

    private final Partners partners;
    private final SavePartner savePartner;
    private final SaveAgreement saveAgreement;
    private final WhereWeWork where;
    private final CurrentActor actors;

    PartnersAdminController(Partners partners, SavePartner savePartner, SaveAgreement saveAgreement, WhereWeWork where,
                            CurrentActor actors) {
        this.partners = partners;
        this.savePartner = savePartner;
        this.saveAgreement = saveAgreement;
        this.where = where;
        this.actors = actors;
    }

    @GetMapping(PARTNERS)
    String list(Model model) {
        model.addAttribute("partners", partners.all());
        model.addAttribute("agreements", partners.views(partners.agreements(), Language.EN));
        return "partners/admin-partners";
    }

    @GetMapping(PARTNERS + "/new")
    String newPartner(Model model) {
        return partnerForm(model, null, PartnerForm.blank(), Map.of());
    }

    @PostMapping(PARTNERS)
    String create(@RequestParam Map<String, String> parameters, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        PartnerForm form = PartnerForm.of(parameters);
        return saving(response, () -> PARTNERS + "/" + savePartner.create(actors.of(request), form) + "?created",
                "code", errors -> partnerForm(model, null, form, errors));
    }

    @GetMapping(PARTNERS + "/{partner}")
    String showPartner(@PathVariable String partner, Model model) {
        Partner found = partner(partner);
        return partnerForm(model, found, PartnerForm.of(found), Map.of());
    }

    @PostMapping(PARTNERS + "/{partner}")
    String savePartner(@PathVariable String partner, @RequestParam Map<String, String> parameters, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        Partner found = partner(partner);
        PartnerForm form = PartnerForm.of(parameters);
        return saving(response, () -> {
            savePartner.edit(actors.of(request), found, form);
            return PARTNERS + "/" + found.code() + "?saved";
        }, "names-en", errors -> partnerForm(model, found, form, errors));
    }

    @GetMapping(AGREEMENTS)
    String agreements() {
        return "redirect:" + PARTNERS + "#agreements-heading";
    }

    @GetMapping(AGREEMENTS + "/new")
    String newAgreement(Model model) {
        return agreementForm(model, null, AgreementForm.blank(), Map.of());
    }

    @PostMapping(AGREEMENTS)
    String createAgreement(@RequestParam Map<String, String> parameters, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        AgreementForm form = AgreementForm.of(parameters);
        return saving(response, () -> AGREEMENTS + "/" + saveAgreement.create(actors.of(request), form) + "?created",
                "slug", errors -> agreementForm(model, null, form, errors));
    }

    @GetMapping(AGREEMENTS + "/{agreement}")
    String showAgreement(@PathVariable String agreement, Model model) {
        Agreement found = agreement(agreement);
        List<String> releases = partners.releases(found, Language.EN).stream().map(summary -> summary.path()).toList();
        return agreementForm(model, found.slug(), AgreementForm.of(found, partners.byId(), releases), Map.of());
    }

    @PostMapping(AGREEMENTS + "/{agreement}")
    String saveAgreement(@PathVariable String agreement, @RequestParam Map<String, String> parameters, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        Agreement found = agreement(agreement);
        AgreementForm form = AgreementForm.of(parameters);
        return saving(response, () -> AGREEMENTS + "/" + saveAgreement.edit(actors.of(request), found, form) + "?saved",
                "slug", errors -> agreementForm(model, found.slug(), form, errors));
    }

    /**
     * Runs a save and redirects to the address it gives; a refusal shows the form again with its
     * errors (400), a save that lost a race with another (a unique key) with one on {@code meanwhileField} (409).
     */
    private static String saving(HttpServletResponse response, Supplier<String> save, String meanwhileField,
                                 Function<Map<String, String>, String> formWith) {
        try {
            return "redirect:" + save.get();
        } catch (PartnerRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formWith.apply(refused.errors());
        } catch (DataIntegrityViolationException meanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formWith.apply(Map.of(meanwhileField, "error.partner.meanwhile"));
        }
    }

    private Partner partner(String code) {
        return partners.find(code).orElseThrow(NotFoundException::new);
    }

    private Agreement agreement(String slug) {
        return partners.agreement(slug).orElseThrow(NotFoundException::new);
    }

    private String partnerForm(Model model, Partner partner, PartnerForm form, Map<String, String> errors) {
        model.addAttribute("partner", partner);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", where.regions());
        return "partners/admin-partner";
    }

    private String agreementForm(Model model, String slug, AgreementForm form, Map<String, String> errors) {
        model.addAttribute("slug", slug);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "partners/admin-agreement";
    }
}
