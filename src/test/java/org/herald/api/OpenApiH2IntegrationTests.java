package org.herald.api;

import org.herald.support.HeraldOnH2;

/** The API's contract on the embedded default database. */
@HeraldOnH2
class OpenApiH2IntegrationTests extends OpenApiContract {
}
