/**
 * The public JSON API, version 1: articles, pages, countries, the press room's contacts and the
 * menu, read through the public read model only (what is not published does not exist here),
 * with its OpenAPI 3.1 document generated from these controllers, and its fair use: a token
 * bucket per address, and optional keys, each with its own limit, that administrators create
 * and revoke.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public API")
package org.herald.api;
