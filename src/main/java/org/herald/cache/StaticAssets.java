package org.herald.cache;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's stylesheets, scripts and icons: addressed by a fingerprint of their content
 * ({@code /assets/site-<md5>.css}), so a browser or a CDN may keep them a year without asking
 * again ({@code immutable}); and compressed once, at build time, by {@link PrecompressAssets},
 * so each reader gets the Brotli or gzip file without the server compressing it again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(FOREVER)
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
