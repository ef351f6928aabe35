package org.herald.site;

import org.herald.support.HeraldOnH2;

/** The malformed-request corpus on the embedded default database. */
@HeraldOnH2
class MalformedRequestsH2IntegrationTests extends MalformedRequestsContract {
}
