package org.herald.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresPermission} on every back-office handler ({@code /admin…}) before it
 * runs. A back-office handler that declares no permission is refused: deny by default.
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
        if (!(handler instanceof HandlerMethod method) || !isBackOffice(request)) {
            return true;
        }
        RequiresPermission rule = rule(method);
        Actor actor = actors.of(request);
        if (rule == null) {
            log.error("No @RequiresPermission on {}: refused", method);
            throw new NotPermittedException(actor, null);
        }
        Permission[] anyOf = rule.value();
        if (java.util.Arrays.stream(anyOf).noneMatch(actor::can)) {
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

    private static boolean isBackOffice(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/");
    }
}
