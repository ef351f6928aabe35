package org.herald.partners;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.TagCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names imports recognize organizations by, as the import rules screen edits them: a name
 * added under an acronym becomes an alias of the partner with that acronym's code (a new partner,
 * of no type yet, when there is none); removing a partner's last name removes the partner, unless
 * an agreement names it. Each change is audited and written to the change log.
 */
@Component
public class PartnerNames {

    private final PartnerStore store;
    private final AuditLog audit;
    private final ChangeLog changes;

    PartnerNames(PartnerStore store, AuditLog audit, ChangeLog changes) {
        this.store = store;
        this.audit = audit;
        this.changes = changes;
    }

    /**
     * Adds a name under an acronym that is a valid tag code; the id of the name. Refused (field
     * "name", error.partner.name-taken) when any partner has the name already.
     */
    @Transactional
    public long addAlias(Actor actor, String acronym, String name) {
        requireEither(actor);
        String code = TagCodes.normalize(acronym).replaceAll("[^\\p{L}\\p{N}]+", "-");
        if (!store.nameClashes(java.util.List.of(new java.util.AbstractMap.SimpleEntry<>(null, name)), null).isEmpty()) {
            throw new PartnerRefused("name", "error.partner.name-taken");
        }
        Long partner = store.idOf(code);
        if (partner == null) {
            partner = store.insert(code, acronym, null, null, null);
            audit.record(actor, "partner.create", Partners.PARTNER, partner, code);
        }
        long id = store.insertName(partner, null, name, 1000 + store.names(partner));
        audit.record(actor, "partner.name.add", Partners.PARTNER, partner, acronym + " = " + name);
        changes.record(Partners.PARTNER, partner, null, "named");
        return id;
    }

    /** Removes a name; refused (field "name", error.partner.gone) when there is no such name. */
    @Transactional
    public void remove(Actor actor, long nameId) {
        requireEither(actor);
        Long partner = store.partnerOfName(nameId);
        if (partner == null) {
            throw new PartnerRefused("name", "error.partner.gone");
        }
        if (store.names(partner) == 1 && store.inAgreements(partner)) {
            throw new PartnerRefused("name", "error.partner.last-name");
        }
        store.deleteName(nameId);
        audit.record(actor, "partner.name.remove", Partners.PARTNER, partner, String.valueOf(nameId));
        if (store.names(partner) == 0) {
            store.delete(partner);
            audit.record(actor, "partner.delete", Partners.PARTNER, partner, null);
        }
        changes.record(Partners.PARTNER, partner, null, "renamed");
    }

    /** The import rules screen's permission or the partners screen's. */
    private static void requireEither(Actor actor) {
        if (!actor.can(Permission.PARTNERS_EDIT)) {
            actor.require(Permission.IMPORT_RULES);
        }
    }
}
