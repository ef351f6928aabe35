package org.herald.api;

import org.herald.support.HeraldOnPostgres;

/** The public JSON API on PostgreSQL. */
@HeraldOnPostgres
class PublicApiPostgresIntegrationTests extends PublicApiContract {
}
