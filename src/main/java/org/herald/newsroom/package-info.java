/**
 * The newsroom: the news listing with its filters, the article page with its dateline,
 * countries and media contacts, the press room's directory of media contacts, and embargoed
 * previews of scheduled press releases: the links an editor shares (and their back-office
 * screen), each opening logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package org.herald.newsroom;
