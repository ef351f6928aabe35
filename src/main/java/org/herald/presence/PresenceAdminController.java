package org.herald.presence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.herald.places.CountryName;
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

/**
 * The back office's "Where we work": the profile's stated facts beside the counts from the data,
 * the regions with their offices, and every country's presence and membership, each editable.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.PLACES_EDIT)
class PresenceAdminController {

    private static final String HOME = "/admin/where-we-work";

    private final WhereWeWork where;
    private final SetCountryPresence setPresence;
    private final SaveRegion saveRegion;
    private final Countries countries;
    private final Directory directory;
    private final CurrentActor actors;

    PresenceAdminController(WhereWeWork where, SetCountryPresence setPresence, SaveRegion saveRegion,
                            Countries countries, Directory directory, CurrentActor actors) {
        this.where = where;
        this.setPresence = setPresence;
        this.saveRegion = saveRegion;
        this.countries = countries;
        this.directory = directory;
        this.actors = actors;
    }

    @GetMapping(HOME)
    String overview(@ModelAttribute("ctx") PageContext ctx, Model model) {
        model.addAttribute("comparisons", where.comparisons());
        model.addAttribute("regions", where.regions());
        model.addAttribute("countries", countries.all(ctx.language()));
        model.addAttribute("recorded", where.recorded());
        model.addAttribute("offices", directory.offices());
        return "presence/admin";
    }

    @GetMapping(HOME + "/countries/{code}")
    String countryForm(@PathVariable String code, @ModelAttribute("ctx") PageContext ctx, Model model) {
        CountryName country = countries.find(code, ctx.language()).orElseThrow(NotFoundException::new);
        CountryPresence presence = where.of(country.code());
        return countryPage(model, country, presence.presence().code(), text(presence.presenceSince()),
                presence.membership().code(), text(presence.membershipSince()), presence.regionCode(),
                presence.demonstration(), Map.of());
    }

    @PostMapping(HOME + "/countries/{code}")
    String saveCountry(@PathVariable String code, @RequestParam(required = false) String region,
                       @RequestParam(required = false) String presence,
                       @RequestParam(required = false) String presenceSince,
                       @RequestParam(required = false) String membership,
                       @RequestParam(required = false) String membershipSince,
                       @RequestParam(required = false) String demonstration,
                       @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        CountryName country = countries.find(code, ctx.language()).orElse(null);
        try {
            if (country == null) {
                throw new PresenceException("country", "where.error.country");
            }
            PresenceKind kind = PresenceKind.of(presence)
                    .orElseThrow(() -> new PresenceException("presence", "where.error.presence"));
            Membership standing = Membership.of(membership)
                    .orElseThrow(() -> new PresenceException("membership", "where.error.membership"));
            setPresence.set(actors.of(request), new CountryPresence(country.code(), blankToNull(region), kind,
                    date(presenceSince, "presenceSince"), standing, date(membershipSince, "membershipSince"),
                    demonstration != null));
            return "redirect:" + HOME + "?saved=" + country.slug() + "#country-" + country.slug();
        } catch (PresenceException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (country == null) {
                model.addAttribute("problem", refused.getMessage());
                return overview(ctx, model);
            }
            return countryPage(model, country, presence, presenceSince, membership, membershipSince, region,
                    demonstration != null, Map.of(refused.field(), refused.getMessage()));
        }
    }

    @GetMapping(HOME + "/regions/new")
    String newRegion(Model model) {
        return regionPage(model, null, Map.of(), null, "0", false, Map.of());
    }

    @GetMapping(HOME + "/regions/{code}")
    String regionForm(@PathVariable String code, Model model) {
        Region region = where.region(code).orElseThrow(NotFoundException::new);
        return regionPage(model, region.code(), region.names(),
                region.officeId() == null ? null : region.officeId().toString(), String.valueOf(region.position()),
                region.demonstration(), Map.of());
    }

    @PostMapping(HOME + "/regions")
    String saveRegion(@RequestParam Map<String, String> form, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        String code = blankToNull(form.get("code"));
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(language.code(), form.getOrDefault("name-" + language.code(), ""));
        }
        boolean existing = code != null && where.region(code).isPresent();
        try {
            Long office = id(form.get("office"));
            int position = position(form.get("position"));
            saveRegion.save(actors.of(request), new Region(code, names, office, position,
                    form.containsKey("demonstration")));
            return "redirect:" + HOME + "?saved=" + code + "#region-" + code;
        } catch (PresenceException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return regionPage(model, existing ? code : null, names, form.get("office"), form.get("position"),
                    form.containsKey("demonstration"), Map.of(refused.field(), refused.getMessage()));
        }
    }

    private String countryPage(Model model, CountryName country, String presence, String presenceSince,
                               String membership, String membershipSince, String region, boolean demonstration,
                               Map<String, String> errors) {
        model.addAttribute("country", country);
        model.addAttribute("form", new CountryForm(presence, presenceSince, membership, membershipSince, region,
                demonstration));
        model.addAttribute("regions", where.regions());
        model.addAttribute("errors", errors);
        return "presence/country-form";
    }

    private String regionPage(Model model, String existingCode, Map<String, String> names, String office,
                              String position, boolean demonstration, Map<String, String> errors) {
        model.addAttribute("form", new RegionForm(existingCode, names, office, position, demonstration));
        model.addAttribute("offices", directory.offices());
        model.addAttribute("errors", errors);
        return "presence/region-form";
    }

    private static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException notADate) {
            throw new PresenceException(field, "where.error.date");
        }
    }

    private static Long id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException notAnId) {
            throw new PresenceException("office", "where.error.office");
        }
    }

    private static int position(String raw) {
        try {
            int position = raw == null || raw.isBlank() ? 0 : Integer.parseInt(raw.trim());
            if (position < 0 || position > 9999) {
                throw new PresenceException("position", "where.error.position");
            }
            return position;
        } catch (NumberFormatException notANumber) {
            throw new PresenceException("position", "where.error.position");
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
