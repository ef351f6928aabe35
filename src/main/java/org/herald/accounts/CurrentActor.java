package org.herald.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Turns the signed-in user of a request into the {@link Actor} that actions check. */
@Component
public class CurrentActor {

    /** The actor of this request; throws {@link NotPermittedException} for anonymous visitors. */
    public Actor of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof HeraldUser user)) {
            throw new NotPermittedException(new Actor(null, "anonymous", Role.TRANSLATOR, request.getRemoteAddr()),
                    Permission.BACK_OFFICE);
        }
        return new Actor(user.id(), user.username(), user.role(), request.getRemoteAddr());
    }
}
