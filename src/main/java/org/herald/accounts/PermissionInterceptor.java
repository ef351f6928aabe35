package org.herald.accounts;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link RequiresPermission} before the handler runs. The decision is made on the
 * handler Spring MVC chose and the pattern it matched (from the decoded, normalized path, as
 * Spring Security's own rules): never on the raw address, whose other spellings
 * ({@code /%61dmin/users}) would reach the same handler. A handler of Herald's that declares a
 * permission is always checked, wherever it is mapped; one mapped under {@code /admin} that
 * declares none is refused (deny by default). Spring's own handlers (the answer to
 * {@code OPTIONS}) carry no data and are left alone.
 */
@Component
class PermissionInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PermissionInterceptor.class);

    private final CurrentActor actors;

    PermissionInterceptor(CurrentActor actors) {
        this.actors = actors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("org.herald.")) {
            return true;
        }
        RequiresPermission rule = rule(method);
        if (rule == null && !isBackOffice(request)) {
            return true;
        }
        Actor actor = actors.of(request);
        if (rule == null) {
            log.error("No @RequiresPermission on {}: refused", method);
            throw new NotPermittedException(actor, null);
        }
        Permission[] anyOf = rule.value();
        if (Arrays.stream(anyOf).noneMatch(actor::can)) {
            throw new NotPermittedException(actor, anyOf[0]);
        }
        return true;
    }

    static RequiresPermission rule(HandlerMethod method) {
        RequiresPermission onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
                RequiresPermission.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
    }

    /** Whether the pattern MVC matched the request with is a back-office one. */
    private static boolean isBackOffice(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern instanceof String matched && BackOfficeAreas.isBackOffice(matched);
    }
}
