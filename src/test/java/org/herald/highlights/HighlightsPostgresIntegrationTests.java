package org.herald.highlights;

import org.herald.support.HeraldOnPostgres;

/** Highlights and featured images on PostgreSQL. */
@HeraldOnPostgres
class HighlightsPostgresIntegrationTests extends HighlightsContract {
}
