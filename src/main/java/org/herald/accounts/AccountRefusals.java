package org.herald.accounts;

import org.herald.web.Refusal;
import org.herald.web.Refusals;
import org.springframework.stereotype.Component;

/** What the accounts' refusals say: an account change refused (400), an action not permitted (403). */
@Component
class AccountRefusals implements Refusals {

    @Override
    public Refusal of(Throwable exception) {
        if (exception instanceof AccountException e) {
            return Refusal.problem(400, e.messageKey());
        }
        return exception instanceof NotPermittedException ? Refusal.error(403, "error.403.message") : null;
    }
}
