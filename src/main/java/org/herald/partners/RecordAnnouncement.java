package org.herald.partners;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.places.Countries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an agreement a press release announces, as the importer read it: the agreement with its
 * parties, place, status and countries, linked to the release; and the states the release says
 * take part in a partner, added to its members (a partner of no type yet that has members is an
 * intergovernmental organization). A release that announces an agreement already is left as it is,
 * so that reading it again changes nothing.
 */
@Component
public class RecordAnnouncement {

    private final AgreementStore agreements;
    private final PartnerStore partners;
    private final Partners read;
    private final Countries countries;
    private final AuditLog audit;
    private final ChangeLog changes;

    RecordAnnouncement(AgreementStore agreements, PartnerStore partners, Partners read, Countries countries,
                       AuditLog audit, ChangeLog changes) {
        this.agreements = agreements;
        this.partners = partners;
        this.read = read;
        this.countries = countries;
        this.audit = audit;
        this.changes = changes;
    }

    /** The new agreement's slug; empty when the release announces one already or names no known partner. */
    @Transactional
    public Optional<String> record(Actor actor, Announcement announcement) {
        actor.require(Permission.PARTNERS_EDIT);
        if (agreements.announcedBy(announcement.release())) {
            return Optional.empty();
        }
        Map<String, Partner> byAcronym = new java.util.HashMap<>();
        read.all().forEach(partner -> byAcronym.put(partner.acronym().toLowerCase(Locale.ROOT), partner));
        announcement.members().forEach((acronym, states) -> {
            Partner partner = byAcronym.get(acronym.toLowerCase(Locale.ROOT));
            if (partner != null) {
                addMembers(actor, partner, states);
            }
        });
        List<Party> parties = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Announcement.AnnouncedParty party : announcement.parties()) {
            Partner partner = party.acronym() == null ? null : byAcronym.get(party.acronym().toLowerCase(Locale.ROOT));
            if (party.acronym() != null && partner == null) {
                continue;
            }
            parties.add(new Party(partner == null ? null : partner.id(), party.signatory(), party.title()));
            if (partner != null) {
                codes.add(partner.code());
            }
        }
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        List<String> covered = announcement.countries().stream().filter(countries::exists).distinct().toList();
        AgreementStore.Fields fields = new AgreementStore.Fields(announcement.kind(), announcement.status(),
                announcement.place(), null, null, null, parties, covered, List.of(), List.of(announcement.release()));
        codes.add(announcement.kind().slug());
        String slug = agreements.freeSlug(String.join("-", codes));
        long id = agreements.insert(slug, fields);
        audit.record(actor, "agreement.create", Partners.AGREEMENT, id, slug + " (announced)");
        changes.record(Partners.AGREEMENT, id, null, "created");
        return Optional.of(slug);
    }

    private void addMembers(Actor actor, Partner partner, List<String> states) {
        Set<String> members = new LinkedHashSet<>(partner.members());
        states.stream().filter(countries::exists).forEach(members::add);
        if (members.size() == partner.members().size()) {
            return;
        }
        partners.writeMembers(partner.id(), List.copyOf(members));
        PartnerType type = partner.type() == null ? PartnerType.INTERGOVERNMENTAL : partner.type();
        partners.update(partner.id(), partner.acronym(), type, partner.countryCode(), partner.regionCode());
        audit.record(actor, "partner.members", Partners.PARTNER, partner.id(), String.join(" ", members));
        changes.record(Partners.PARTNER, partner.id(), null, "members");
    }
}
