/**
 * The public site's own pages: the menu (and its editor in the back office), the home page,
 * section pages and country pages, and the site's name and menu for every page's frame (it
 * provides {@link org.herald.web.SiteFrame}). It reads content only through the content
 * feature's public read model. Error pages and the page context are the web layer's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.herald.site;
