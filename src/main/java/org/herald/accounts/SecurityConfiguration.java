package org.herald.accounts;


import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The public site is open to everyone; the back office needs a signed-in
 * user (each action then checks its own permission). Every response carries the security
 * headers; caching headers are left to each page (public pages are cacheable, the back office
 * is not).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline scripts or styles anywhere; every asset comes from Herald itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Back-office answers are never stored by a browser or a proxy. */
    private static final RequestMatcher BACK_OFFICE = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/admin/**"), PathPatternRequestMatcher.pathPattern("/admin"),
            PathPatternRequestMatcher.pathPattern("/login"));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin", "/admin/**").hasAnyRole(
                                Role.ADMIN.name(), Role.EDITOR.name(), Role.AUTHOR.name(), Role.TRANSLATOR.name())
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(BACK_OFFICE,
                                new CacheControlHeadersWriter())))
                .httpBasic(basic -> basic.disable())
                .csrf(Customizer.withDefaults());
        return http.build();
    }
}
