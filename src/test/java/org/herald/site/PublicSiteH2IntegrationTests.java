package org.herald.site;

import org.herald.support.HeraldOnH2;

/** The public site on the embedded default database. */
@HeraldOnH2
class PublicSiteH2IntegrationTests extends PublicSiteContract {
}
