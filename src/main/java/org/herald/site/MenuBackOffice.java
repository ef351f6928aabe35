package org.herald.site;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The menu editor's place in the back office's navigation, for those who may edit the menu. */
@Component
class MenuBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.MENU_EDIT.name()) ? List.of(new BackOfficeLink(30, "admin.menu", "/admin/menu")) : List.of();
    }
}
