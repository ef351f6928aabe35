package org.herald.importer;

import org.herald.support.HeraldOnH2;

/** The back-office import on the embedded default database. */
@HeraldOnH2
class ImportBackOfficeH2IntegrationTests extends ImportBackOfficeContract {
}
