package org.herald.presence;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.herald.web.Waiting;
import org.springframework.stereotype.Component;

/**
 * "Where we work" in the back office's navigation, and on the dashboard the profile's facts that
 * the data count differently: nothing is overwritten, so someone must decide which is right.
 */
@Component
class PresenceBackOffice implements BackOfficeSection {

    private final WhereWeWork where;

    PresenceBackOffice(WhereWeWork where) {
        this.where = where;
    }

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.PLACES_EDIT.name())
                ? List.of(new BackOfficeLink(35, "admin.where", "/admin/where-we-work"))
                : List.of();
    }

    @Override
    public List<Waiting> waiting(BackOfficeReader reader) {
        if (!reader.can(Permission.PLACES_EDIT.name())) {
            return List.of();
        }
        long differing = where.comparisons().stream().filter(FactComparison::differs).count();
        return differing == 0 ? List.of()
                : List.of(new Waiting("admin.where.differs", differing, "/admin/where-we-work#facts"));
    }
}
