package org.herald.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.organization.OrganizationProfile;
import org.herald.web.SiteLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /favicon.ico}, where browsers and crawlers ask for it whatever a page says, and the web
 * app manifest of each language ({@code /en/manifest.webmanifest}): the organization's name, the
 * site's language and direction, its start page and its icons.
 */
@Controller
class SiteIcons {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The favicon's address never changes, so it is kept a day rather than the assets' year. */
    private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private static final String THEME_COLOUR = "#073a73";

    private final byte[] favicon;
    private final SiteLanguage siteLanguage;
    private final OrganizationProfile profile;
    /** Absent when Herald runs a command (import, reindex) rather than a web server. */
    private final ObjectProvider<ResourceUrlProvider> assets;

    SiteIcons(SiteLanguage siteLanguage, OrganizationProfile profile, ObjectProvider<ResourceUrlProvider> assets) {
        this.siteLanguage = siteLanguage;
        this.profile = profile;
        this.assets = assets;
        try (InputStream in = new ClassPathResource("feeds/favicon.ico").getInputStream()) {
            this.favicon = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/x-icon")).cacheControl(ONE_DAY)
                .body(favicon);
    }

    @GetMapping("/{lang:[a-z]{2}}/manifest.webmanifest")
    ResponseEntity<String> manifest(@PathVariable String lang, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        String name = profile.name(language.code()).orElse("Herald");
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", name);
        manifest.put("short_name", profile.find("acronym", language.code()).map(f -> f.text()).orElse(name));
        manifest.put("lang", language.code());
        manifest.put("dir", language.direction());
        manifest.put("start_url", "/" + language.code() + "/");
        manifest.put("scope", "/" + language.code() + "/");
        manifest.put("display", "browser");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("icons", List.of(icon("/assets/icon-192.png", "192x192", "image/png"),
                icon("/assets/icon-512.png", "512x512", "image/png"),
                icon("/assets/favicon.svg", "any", "image/svg+xml")));
        return ResponseEntity.ok().contentType(MANIFEST).body(JSON.writeValueAsString(manifest));
    }

    private Map<String, String> icon(String path, String sizes, String type) {
        ResourceUrlProvider provider = assets.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path);
        return Map.of("src", versioned == null ? path : versioned, "sizes", sizes, "type", type);
    }
}
