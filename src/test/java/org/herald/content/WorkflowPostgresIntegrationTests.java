package org.herald.content;

import org.herald.support.HeraldOnPostgres;

/** The workflow on PostgreSQL. */
@HeraldOnPostgres
class WorkflowPostgresIntegrationTests extends WorkflowContract {
}
