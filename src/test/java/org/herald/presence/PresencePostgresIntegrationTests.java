package org.herald.presence;

import org.herald.support.HeraldOnPostgres;

/** Where we work on PostgreSQL. */
@HeraldOnPostgres
class PresencePostgresIntegrationTests extends PresenceContract {
}
