package org.herald.importer;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.web.BackOfficeLink;
import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeSection;
import org.herald.web.Waiting;
import org.springframework.stereotype.Component;

/** The importer's part of the back office: its screens, and on the dashboard the items waiting for review. */
@Component
class ImportBackOffice implements BackOfficeSection {

    private final ImportBatches batches;

    ImportBackOffice(ImportBatches batches) {
        this.batches = batches;
    }

    @Override
    public List<BackOfficeLink> navigation(BackOfficeReader reader) {
        return reader.can(Permission.IMPORT.name()) ? List.of(new BackOfficeLink(40, "import.title", "/admin/import")) : List.of();
    }

    @Override
    public List<Waiting> waiting(BackOfficeReader reader) {
        return reader.can(Permission.IMPORT.name())
                ? List.of(new Waiting("dashboard.waiting.import-review", batches.reviewCount(), "/admin/import/review"))
                : List.of();
    }
}
