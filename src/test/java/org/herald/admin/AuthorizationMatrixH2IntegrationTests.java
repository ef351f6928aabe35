package org.herald.admin;

import org.herald.support.HeraldOnH2;

/** The authorization matrix on the embedded default database. */
@HeraldOnH2
class AuthorizationMatrixH2IntegrationTests extends AuthorizationMatrixContract {
}
