package org.herald.accounts;

import org.herald.support.HeraldOnH2;

/** Forwarded headers on the embedded default database. */
@HeraldOnH2
class ForwardedHeadersH2IntegrationTests extends ForwardedHeadersContract {
}
