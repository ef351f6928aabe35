package org.herald.accounts;

import java.util.ArrayList;
import java.util.List;

import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The accounts' part of the back office's navigation: users and the audit log for those who may, everyone's own account. */
@Component
class AccountsBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        List<BackOfficeLink> links = new ArrayList<>();
        if (reader.can(Permission.USERS_MANAGE.name())) {
            links.add(new BackOfficeLink(50, "nav.users", "/admin/users"));
        }
        if (reader.can(Permission.AUDIT_READ.name())) {
            links.add(new BackOfficeLink(60, "nav.audit", "/admin/audit"));
        }
        links.add(new BackOfficeLink(70, "nav.account", "/admin/account"));
        return links;
    }
}
