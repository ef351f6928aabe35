package org.herald.people;

import org.herald.support.HeraldOnH2;

/** Offices' details on the embedded default database. */
@HeraldOnH2
class OfficesH2IntegrationTests extends OfficesContract {
}
