package org.herald.figures;

import java.math.BigDecimal;

/**
 * A figure stated in an article.
 *
 * @param countryCode     ISO code of the country it is about
 * @param value           the value, multipliers applied (12 million → 12000000)
 * @param unit            what is counted ("migrants")
 * @param qualifier       how the text hedges it ("estimated"), or null
 * @param sentence        the sentence that states it
 * @param sourceContentId the article it comes from
 */
public record Figure(String countryCode, BigDecimal value, String unit, String qualifier, String sentence,
                     long sourceContentId) {
}
