package org.herald.api;

import org.herald.support.HeraldOnPostgres;

/** The API's contract on PostgreSQL. */
@HeraldOnPostgres
class OpenApiPostgresIntegrationTests extends OpenApiContract {
}
