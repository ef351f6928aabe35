package org.herald.figures;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.springframework.stereotype.Component;

/** The datasets screen's place in the back office's navigation, for those who may upload datasets. */
@Component
class DatasetsBackOffice implements BackOfficeSection {

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.DATASETS_EDIT.name())
                ? List.of(new BackOfficeLink(52, "admin.datasets", DatasetsAdminController.DATASETS))
                : List.of();
    }
}
