package org.herald.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.TagCodes;
import org.herald.places.Countries;
import org.herald.presence.WhereWeWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or edits a partner: a code no partner has (it is the tag items that mention it get, and
 * stays once made), an acronym, a type, a known country or region, a name in English at least,
 * no name another partner has in the same language, known member states. A refused form changes
 * nothing.
 */
@Component
class SavePartner {

    private final PartnerStore store;
    private final Countries countries;
    private final WhereWeWork where;
    private final AuditLog audit;
    private final ChangeLog changes;

    SavePartner(PartnerStore store, Countries countries, WhereWeWork where, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.countries = countries;
        this.where = where;
        this.audit = audit;
        this.changes = changes;
    }

    /** The new partner's code. */
    @Transactional
    String create(Actor actor, PartnerForm form) {
        actor.require(Permission.PARTNERS_EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = TagCodes.isValid(form.code()) ? TagCodes.normalize(form.code()) : null;
        if (form.code().isEmpty()) {
            errors.put("code", "error.partner.code-required");
        } else if (code == null || code.length() > 40) {
            errors.put("code", "error.tag.invalid");
        } else if (store.codeTaken(code)) {
            errors.put("code", "error.partner.code-taken");
        }
        Checked checked = check(form, null, errors);
        long id = store.insert(code, checked.acronym(), checked.type(), checked.country(), checked.region());
        write(id, form);
        audit.record(actor, "partner.create", Partners.PARTNER, id, code);
        changes.record(Partners.PARTNER, id, null, "created");
        return code;
    }

    @Transactional
    void edit(Actor actor, Partner partner, PartnerForm form) {
        actor.require(Permission.PARTNERS_EDIT);
        Checked checked = check(form, partner.id(), new LinkedHashMap<>());
        store.update(partner.id(), checked.acronym(), checked.type(), checked.country(), checked.region());
        write(partner.id(), form);
        audit.record(actor, "partner.edit", Partners.PARTNER, partner.id(), partner.code());
        changes.record(Partners.PARTNER, partner.id(), null, "edited");
    }

    private void write(long id, PartnerForm form) {
        store.writeNames(id, form.allNames());
        store.writeMembers(id, form.members());
    }

    /** Checks all but the code; throws with every error found, these included. */
    private Checked check(PartnerForm form, Long partnerId, Map<String, String> errors) {
        if (form.acronym().isEmpty() || form.acronym().length() > 40) {
            errors.put("acronym", "error.partner.acronym");
        }
        PartnerType type = PartnerType.parse(form.type()).orElse(null);
        if (type == null) {
            errors.put("type", "error.partner.type");
        }
        String country = form.country().isEmpty() ? null : form.country().toUpperCase(java.util.Locale.ROOT);
        if (country != null && !countries.exists(country)) {
            errors.put("country", "error.partner.country-unknown");
        }
        String region = form.region().isEmpty() ? null : form.region();
        if (region != null && where.region(region).isEmpty()) {
            errors.put("region", "error.partner.region-unknown");
        }
        List<String> unknown = form.members().stream().filter(member -> !countries.exists(member)).toList();
        if (!unknown.isEmpty()) {
            errors.put("members", "error.partner.country-unknown");
        }
        errors.putAll(form.nameErrors());
        store.nameClashes(form.allNames(), partnerId).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new PartnerRefused(errors);
        }
        return new Checked(form.acronym(), type, country, region);
    }

    private record Checked(String acronym, PartnerType type, String country, String region) {
    }
}
