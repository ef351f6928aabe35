package org.herald.presence;

import java.util.List;

/**
 * What the "Where we work" section page adds to its text: the stated facts beside the counts,
 * the regions, and the map of presence.
 *
 * @param map     the countries' shapes, each with its presence
 * @param present the countries where the organization is present: the map's table alternative
 */
public record WhereView(List<FactComparison> comparisons, List<Region> regions, PresenceMap.Drawn map,
                        List<PresenceRow> present) {
}
