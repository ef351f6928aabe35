package org.herald.feeds;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Scheme, host and port of this site as the reader reached it (behind a trusted proxy, as it forwarded). */
final class BaseUrl {

    private BaseUrl() {
    }

    static String of(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null).build()
                .toUriString();
    }
}
