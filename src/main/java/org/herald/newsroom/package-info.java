/**
 * The newsroom: the news listing with its filters, the article page with its dateline,
 * countries and media contacts, and the press room's directory of media contacts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package org.herald.newsroom;
