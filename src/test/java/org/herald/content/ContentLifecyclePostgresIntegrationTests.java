package org.herald.content;

import org.herald.support.HeraldOnPostgres;

/** Content's life on PostgreSQL. */
@HeraldOnPostgres
class ContentLifecyclePostgresIntegrationTests extends ContentLifecycleContract {
}
