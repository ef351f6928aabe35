package org.herald.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

/** Redirects of the public site. */
public final class Redirects {

    private Redirects() {
    }

    /**
     * A 301 to {@code path}, for URLs that moved for good (a renamed page, a non-canonical form),
     * so search engines and bookmarks follow.
     */
    public static String permanent(HttpServletRequest request, String path) {
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
        return "redirect:" + path;
    }
}
