package org.herald.site;

/**
 * One fact of the organization's profile as a sentence fragment in the page's language
 * ("175 member states"), with the date it was true when known ("as of 1 January 2024").
 */
public record FactLine(String key, String text, String asOf) {
}
