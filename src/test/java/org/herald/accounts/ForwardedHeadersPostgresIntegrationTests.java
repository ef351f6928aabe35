package org.herald.accounts;

import org.herald.support.HeraldOnPostgres;

/** Forwarded headers on PostgreSQL. */
@HeraldOnPostgres
class ForwardedHeadersPostgresIntegrationTests extends ForwardedHeadersContract {
}
