package org.herald.site;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.herald.i18n.Messages;
import org.herald.i18n.SiteLanguages;
import org.herald.organization.OrganizationProfile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link PageContext} of a request. */
@Component
public class PageContexts {

    private final SiteLanguages languages;
    private final Messages messages;
    private final Menu menu;
    private final OrganizationProfile profile;
    private final ObjectProvider<ResourceUrlProvider> resources;

    PageContexts(SiteLanguages languages, Messages messages, Menu menu, OrganizationProfile profile,
                 ObjectProvider<ResourceUrlProvider> resources) {
        this.languages = languages;
        this.messages = messages;
        this.menu = menu;
        this.profile = profile;
        this.resources = resources;
    }

    /** The context of a request: its language from the path's first segment, else the default. */
    public PageContext of(HttpServletRequest request) {
        return of(request, request.getRequestURI());
    }

    /** The context of a request made for {@code uri} (an error dispatch knows the original one). */
    public PageContext of(HttpServletRequest request, String uri) {
        String[] segments = uri.split("/", 3);
        Language language = segments.length > 1 ? languages.fromPath(segments[1]).orElse(null) : null;
        String path = language == null ? uri : uri.substring(language.code().length() + 1);
        Language shown = language == null ? languages.defaultLanguage() : language;
        return of(request, shown, path);
    }

    PageContext of(HttpServletRequest request, Language language, String path) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean backOffice = path.startsWith("/admin") || path.startsWith("/login");
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String username = user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getPrincipal())
                ? user.getName() : null;
        return new PageContext(language, messages.in(language),
                profile.name().orElse("Herald"),
                backOffice ? java.util.List.of() : menu.links(language),
                path.isEmpty() ? "/" : path,
                languages.enabled(),
                backOffice && csrf != null ? csrf.getParameterName() : null,
                backOffice && csrf != null ? csrf.getToken() : null,
                username,
                asset -> {
                    ResourceUrlProvider provider = resources.getIfAvailable();
                    String versioned = provider == null ? null : provider.getForLookupPath(asset);
                    return versioned == null ? asset : versioned;
                });
    }
}
