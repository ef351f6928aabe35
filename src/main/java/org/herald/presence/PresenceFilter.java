package org.herald.presence;

/**
 * What a reader filters the country list by; each part null when not asked.
 *
 * @param region     a region's code
 * @param presence   a kind of presence
 * @param membership a membership
 */
public record PresenceFilter(String region, PresenceKind presence, Membership membership) {

    /** No filter: every country. */
    static final PresenceFilter NONE = new PresenceFilter(null, null, null);

    /** Whether anything is asked at all. */
    public boolean any() {
        return region != null || presence != null || membership != null;
    }

    boolean accepts(CountryPresence country) {
        return (region == null || region.equals(country.regionCode()))
                && (presence == null || presence == country.presence())
                && (membership == null || membership == country.membership());
    }
}
