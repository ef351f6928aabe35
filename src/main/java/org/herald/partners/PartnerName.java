package org.herald.partners;

import org.herald.i18n.Language;

/**
 * A name a partner is known by.
 *
 * @param language the language it is the partner's name in; null for an alias in any language (an acronym)
 */
public record PartnerName(long id, Language language, String name) {
}
