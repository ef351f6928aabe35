package org.herald.store;

import org.herald.support.HeraldOnPostgres;

/** The pipeline on PostgreSQL: its statements go in one message. */
@HeraldOnPostgres
class PipelinePostgresIntegrationTests extends PipelineContract {
}
