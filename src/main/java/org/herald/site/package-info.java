/**
 * The public site's frame and its composed pages: the layout every page shares, the menu, the
 * home page, section pages, country pages, and the error pages. It reads content only through
 * the content feature's public read model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.herald.site;
