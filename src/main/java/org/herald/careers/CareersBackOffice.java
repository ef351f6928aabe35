package org.herald.careers;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/**
 * "New vacancy" in the back office's navigation: a vacancy is written in the content editor, so
 * whoever may edit content may write one, and it follows the content workflow and its permissions.
 */
@Component
class CareersBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.CONTENT_EDIT.name())
                ? List.of(new BackOfficeLink(13, "admin.new-vacancy", "/admin/content/new?type=vacancy"))
                : List.of();
    }
}
