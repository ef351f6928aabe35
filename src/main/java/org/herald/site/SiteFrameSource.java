package org.herald.site;

import java.time.ZoneId;
import java.util.List;

import org.herald.cache.NodeMemos;
import org.herald.content.ContentProperties;
import org.herald.i18n.Language;
import org.herald.organization.OrganizationProfile;
import org.herald.web.MenuLink;
import org.herald.web.SiteFrame;
import org.springframework.stereotype.Component;

/**
 * The site's name (from the organization's profile), its menu and its zone, for every page's
 * frame; the name and menu of each language kept by the node until the change log names the
 * profile, the menu or a section page.
 */
@Component
class SiteFrameSource implements SiteFrame {

    private final Menu menu;
    private final OrganizationProfile profile;
    private final ZoneId zone;
    private final NodeMemos memos;

    SiteFrameSource(Menu menu, OrganizationProfile profile, ContentProperties content, NodeMemos memos) {
        this.memos = memos;
        this.menu = menu;
        this.profile = profile;
        this.zone = content.timeZone();
    }

    @Override
    public String siteName(Language language) {
        return memos.get("frame:name:" + language.code(), () -> profile.name(language.code()).orElse("Herald"));
    }

    @Override
    public List<MenuLink> menu(Language language) {
        return memos.get("frame:menu:" + language.code(), () -> List.copyOf(menu.links(language)));
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
