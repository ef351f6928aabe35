package org.herald.site;

import java.time.ZoneId;
import java.util.List;

import org.herald.content.ContentProperties;
import org.herald.i18n.Language;
import org.herald.organization.OrganizationProfile;
import org.herald.web.MenuLink;
import org.herald.web.SiteFrame;
import org.springframework.stereotype.Component;

/** The site's name (from the organization's profile), its menu and its zone, for every page's frame. */
@Component
class SiteFrameSource implements SiteFrame {

    private final Menu menu;
    private final OrganizationProfile profile;
    private final ZoneId zone;

    SiteFrameSource(Menu menu, OrganizationProfile profile, ContentProperties content) {
        this.menu = menu;
        this.profile = profile;
        this.zone = content.timeZone();
    }

    @Override
    public String siteName(Language language) {
        return profile.name(language.code()).orElse("Herald");
    }

    @Override
    public List<MenuLink> menu(Language language) {
        return menu.links(language);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
