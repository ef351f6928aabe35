package org.herald.site;

import org.herald.support.HeraldOnPostgres;

/** The malformed-request corpus on PostgreSQL. */
@HeraldOnPostgres
class MalformedRequestsPostgresIntegrationTests extends MalformedRequestsContract {
}
