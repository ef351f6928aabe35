package org.herald.themes;

import org.herald.support.HeraldOnPostgres;

/** What We Do on PostgreSQL. */
@HeraldOnPostgres
class ThemesPostgresIntegrationTests extends ThemesContract {
}
