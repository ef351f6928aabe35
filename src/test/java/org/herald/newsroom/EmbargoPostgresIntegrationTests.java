package org.herald.newsroom;

import org.herald.support.HeraldOnPostgres;

/** Embargoed previews on PostgreSQL. */
@HeraldOnPostgres
class EmbargoPostgresIntegrationTests extends EmbargoContract {
}
