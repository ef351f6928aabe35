package org.herald.importer;

import org.herald.support.HeraldOnH2;

/** The import on the embedded default database. */
@HeraldOnH2
class ImportH2IntegrationTests extends ImportContract {
}
