package org.herald.site;

import org.herald.support.HeraldOnPostgres;

/** The public site on PostgreSQL. */
@HeraldOnPostgres
class PublicSitePostgresIntegrationTests extends PublicSiteContract {
}
