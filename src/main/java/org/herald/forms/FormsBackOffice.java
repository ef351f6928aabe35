package org.herald.forms;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The forms screen's place in the back office's navigation, for those who may build forms. */
@Component
class FormsBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.FORMS_EDIT.name())
                ? List.of(new BackOfficeLink(49, "admin.forms", FormsAdminController.PAGE))
                : List.of();
    }
}
