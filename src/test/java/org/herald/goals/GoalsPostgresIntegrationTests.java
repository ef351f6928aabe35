package org.herald.goals;

import org.herald.support.HeraldOnPostgres;

/** The 2030 Agenda on PostgreSQL. */
@HeraldOnPostgres
class GoalsPostgresIntegrationTests extends GoalsContract {
}
