/**
 * What We Do: the themes of the organization's work as a taxonomy editors keep (in {@code theme}
 * and {@code theme_text}), each with a code (the one items are tagged with and the importer's
 * theme rules name), a name and a description in the site's languages, and an order; the
 * back-office screen that creates, renames, describes and orders them; a public page per theme
 * with what is published on it and the countries it concerns; and the What We Do section's list
 * of the themes with their counts. What is listed comes from the public read model, so a draft or
 * an embargoed item never shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "What We Do")
package org.herald.themes;
