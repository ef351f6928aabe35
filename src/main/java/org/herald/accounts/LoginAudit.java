package org.herald.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes every login and every failed login to the audit log. */
@Component
class LoginAudit {

    private final AuditLog audit;
    private final Users users;

    LoginAudit(AuditLog audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HeraldUser user) {
            users.recordLogin(user.username());
            audit.record(new Actor(user.id(), user.username(), user.role(), address(event.getAuthentication().getDetails())),
                    "login", "user", user.id(), null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        audit.record(new Actor(null, truncate(name), null, address(event.getAuthentication().getDetails())),
                "login-failed", "user", null, event.getException().getClass().getSimpleName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String truncate(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
