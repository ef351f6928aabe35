package org.herald.figures;

import org.herald.support.HeraldOnPostgres;

/** Datasets on PostgreSQL. */
@HeraldOnPostgres
class DatasetsPostgresIntegrationTests extends DatasetsContract {
}
