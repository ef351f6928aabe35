package org.herald.themes;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The themes screen's place in the back office's navigation, for those who may edit themes. */
@Component
class ThemesBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.THEMES_EDIT.name())
                ? List.of(new BackOfficeLink(45, "admin.themes", ThemesAdminController.PAGE))
                : List.of();
    }
}
