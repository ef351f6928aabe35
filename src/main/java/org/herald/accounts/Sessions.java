package org.herald.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every node (they live in the database), so that a disabled account
 * or a changed role takes effect at once rather than at the next sign-in.
 */
@Component
class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    void endAll(String username) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            sessions.deleteById(id);
        }
    }
}
