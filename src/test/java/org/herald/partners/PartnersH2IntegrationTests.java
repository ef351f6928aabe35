package org.herald.partners;

import org.herald.support.HeraldOnH2;

/** Partnerships on the embedded default database. */
@HeraldOnH2
class PartnersH2IntegrationTests extends PartnersContract {
}
