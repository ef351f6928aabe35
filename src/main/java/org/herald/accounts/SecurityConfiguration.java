package org.herald.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The public site is open to everyone; the back office needs a signed-in
 * user (each route and each action then checks its own permission). Sign-in is throttled and may
 * ask for a second factor. Every response carries the security headers; caching headers are
 * left to each page (public pages are cacheable, the back office is not).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline scripts or styles anywhere; every asset comes from Herald itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Uploaded files are never a page: nothing in them may run, even when opened directly. */
    static final String MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; sandbox; "
            + "frame-ancestors 'none'";

    /**
     * The API's reference page (Swagger UI, served from its WebJar) sets style attributes from its
     * scripts: it alone may use inline styles. Scripts, and everything else, still come only from
     * Herald.
     */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher MEDIA = PathPatternRequestMatcher.pathPattern("/media/**");
    private static final RequestMatcher API_DOCS = PathPatternRequestMatcher.pathPattern("/api/swagger-ui/**");
    /** The JSON API is read-only and uses no session: a POST there gets its 405, not a CSRF refusal. */
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/v1/**");
    /**
     * The public's forms are sent with no session, from pages any visitor gets: there is no
     * signed-in user whose session a forged request could ride on, so no CSRF token. The forms
     * module's signed timestamp, honeypot and limit per address hold off what is sent by machine.
     * Only a language's two letters open the path: "/admin/forms/1" is the back office, and keeps
     * its token check.
     */
    private static final RequestMatcher PUBLIC_FORMS = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
            "/{lang:[a-z]{2}}/forms/{slug}");

    /**
     * E-mail alerts' forms need no session: each POST either carries a secret the forger lacks
     * (a subscriber's token, a signed confirmation link) or does what anyone may do directly (a
     * sign-up, which only sends a confirmation mail). A mail client's one-click unsubscribe
     * (RFC 8058) could not send a form token anyway.
     */
    private static final RequestMatcher ALERTS = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/{lang:[a-z]{2}}/alerts"),
            PathPatternRequestMatcher.pathPattern("/{lang:[a-z]{2}}/alerts/**"), PathPatternRequestMatcher.pathPattern("/alerts/**"));

    /** Back-office answers are never stored by a browser or a proxy. */
    private static final RequestMatcher BACK_OFFICE = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/admin/**"), PathPatternRequestMatcher.pathPattern("/admin"),
            PathPatternRequestMatcher.pathPattern("/login"), PathPatternRequestMatcher.pathPattern("/login/**"),
            PathPatternRequestMatcher.pathPattern("/preview/**"));

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignIns signIns, ThrottledPasswordCheck passwords,
                                            AuditLog audit, SecurityContextRepository contexts) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    BackOfficeAreas.mostSpecificFirst().forEach(area ->
                            requests.requestMatchers(area.patterns()).hasAnyRole(area.roles()));
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                            .anyRequest().permitAll();
                })
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login").successHandler(new PasswordStepHandler(signIns))
                        .failureHandler(new SignInFailureHandler()).authenticationDetailsSource(SignInDetails::new)
                        .permitAll())
                .authenticationManager(passwords)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(accessDenied()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> recordLogout(audit, request,
                                authentication)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                                new OrRequestMatcher(MEDIA, API_DOCS)),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCS,
                                new ContentSecurityPolicyHeaderWriter(API_DOCS_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(MEDIA,
                                new ContentSecurityPolicyHeaderWriter(MEDIA_CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(BACK_OFFICE,
                                new CacheControlHeadersWriter())))
                .httpBasic(basic -> basic.disable())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokens()).ignoringRequestMatchers(API, PUBLIC_FORMS, ALERTS));
        return http.build();
    }

    /** Anonymous visitors of the back office sign in first; a half-signed-in user gives the code. */
    private static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (pendingCode(response)) {
                return;
            }
            login.commence(request, response, exception);
        };
    }

    private static AccessDeniedHandler accessDenied() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (pendingCode(response)) {
                return;
            }
            forbidden.handle(request, response, exception);
        };
    }

    private static boolean pendingCode(HttpServletResponse response) throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn) {
            response.sendRedirect("/login/totp");
            return true;
        }
        return false;
    }

    private static void recordLogout(AuditLog audit, HttpServletRequest request, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof HeraldUser user) {
            audit.record(new Actor(user.id(), user.username(), user.role(), request.getRemoteAddr()), "logout", "user",
                    user.id(), null);
        }
    }
}
