package org.herald.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the back office's permission check with Spring MVC. */
@Configuration
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    private final PermissionInterceptor permissions;

    WebConfiguration(PermissionInterceptor permissions) {
        this.permissions = permissions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(permissions).addPathPatterns("/admin", "/admin/**");
    }
}
