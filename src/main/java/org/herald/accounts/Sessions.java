package org.herald.accounts;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's sessions on every node (they live in the database), so that a disabled account,
 * a changed role or a new password takes effect at once rather than at the next sign-in.
 */
@Component
class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    void endAll(String username) {
        endAllBut(username, null);
    }

    /**
     * Ends every session of the user except the one making this request (a user who changed
     * their own password stays signed in where they did it). The request is the one Spring MVC
     * is handling on this thread, so that the actions need not carry it.
     */
    void endAllButCurrent(String username) {
        HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(false) : null;
        endAllBut(username, current == null ? null : current.getId());
    }

    private void endAllBut(String username, String keep) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
        }
    }
}
