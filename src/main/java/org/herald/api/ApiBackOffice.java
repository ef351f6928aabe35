package org.herald.api;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The API keys screen's place in the back office's navigation, for those who may manage keys. */
@Component
class ApiBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.API_KEYS.name())
                ? List.of(new BackOfficeLink(65, "admin.api-keys", "/admin/api-keys"))
                : List.of();
    }
}
