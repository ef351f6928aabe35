package org.herald.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every failed sign-in to the audit log and counts it for the throttle. Successful
 * sign-ins are recorded by {@link SignIns}, once the second factor (if any) is given too.
 */
@Component
class LoginAudit {

    private final AuditLog audit;
    private final LoginThrottle throttle;

    LoginAudit(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        String address = address(event.getAuthentication().getDetails());
        throttle.failed(name, address);
        audit.record(new Actor(null, truncate(name), null, address),
                "login-failed", "user", null, event.getException().getClass().getSimpleName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String truncate(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
