package org.herald.themes;

import org.herald.support.HeraldOnH2;

/** What We Do on the embedded default database. */
@HeraldOnH2
class ThemesH2IntegrationTests extends ThemesContract {
}
