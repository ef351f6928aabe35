package org.herald.figures;

import org.herald.support.HeraldOnPostgres;

/** The public figures on PostgreSQL. */
@HeraldOnPostgres
class FiguresPostgresIntegrationTests extends FiguresContract {
}
