package org.herald.api;

import org.herald.support.HeraldOnH2;

/** The public JSON API on the embedded default database. */
@HeraldOnH2
class PublicApiH2IntegrationTests extends PublicApiContract {
}
