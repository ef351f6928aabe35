package org.herald.importer;

import org.herald.support.HeraldOnH2;

/** The seed on the embedded default database. */
@HeraldOnH2
class SeedH2IntegrationTests extends SeedContract {
}
