package org.herald.people;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The offices' screen in the back office's navigation, for those who may edit where we work. */
@Component
class OfficesBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.PLACES_EDIT.name())
                ? List.of(new BackOfficeLink(36, "admin.offices", "/admin/offices"))
                : List.of();
    }
}
