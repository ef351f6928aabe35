package org.herald.feeds;

import org.herald.support.HeraldOnPostgres;

/** The embargo in every channel of two nodes on one PostgreSQL database. */
@HeraldOnPostgres
class TwoNodeEmbargoPostgresIntegrationTests extends TwoNodeEmbargoContract {
}
