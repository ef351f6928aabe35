package org.herald.partners;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The partners screen's place in the back office's navigation, for those who may edit partners. */
@Component
class PartnersBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.PARTNERS_EDIT.name())
                ? List.of(new BackOfficeLink(48, "admin.partners", PartnersAdminController.PARTNERS))
                : List.of();
    }
}
