package org.herald.highlights;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The highlights screen's place in the back office's navigation, for those who may pin. */
@Component
class HighlightsBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.HIGHLIGHTS_EDIT.name())
                ? List.of(new BackOfficeLink(32, "admin.highlights", HighlightsAdminController.PAGE))
                : List.of();
    }
}
