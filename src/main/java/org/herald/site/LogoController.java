package org.herald.site;

import java.nio.charset.StandardCharsets;


import org.herald.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organization's uploaded logo, served to pages (it is uploaded on the menu screen, by
 * those who edit the site's frame). It is served alone with a policy that lets it run nothing and
 * load nothing, as media files are, and as {@code image/svg+xml} never sniffed as anything else.
 */
@Controller
class LogoController {

    /** Nothing runs, nothing loads, no form, no frame: only the drawing and its own styles. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

    private final SiteLogo logo;

    LogoController(SiteLogo logo) {
        this.logo = logo;
    }

    @GetMapping("/logo.svg")
    ResponseEntity<byte[]> serve() {
        SiteLogo.Logo current = logo.current().orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"logo.svg\"")
                .body(current.svg().getBytes(StandardCharsets.UTF_8));
    }
}
