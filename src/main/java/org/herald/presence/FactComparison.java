package org.herald.presence;

import org.herald.organization.Fact;

/**
 * A number the profile states beside the count the data give.
 *
 * @param key     the profile's key: member_states or countries_of_presence
 * @param stated  the profile's current fact, null when the profile states none
 * @param counted the count from the countries' presence and membership
 */
public record FactComparison(String key, Fact stated, long counted) {

    /** Whether the profile states a number and the data count another. */
    public boolean differs() {
        return stated != null && stated.number() != null && stated.number() != counted;
    }

    /** The message key of what is compared: "where.fact.member_states". */
    public String messageKey() {
        return "where.fact." + key;
    }
}
