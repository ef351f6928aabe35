package org.herald.search;

import java.util.List;

/**
 * A facet as the search page lists it: its heading and its values as links.
 *
 * @param name    the parameter name ("country")
 * @param heading the message key of its heading
 */
public record FacetGroup(String name, String heading, List<Link> links) {

    /**
     * A value of the facet.
     *
     * @param href   the search with this value chosen, or with it removed when it is chosen
     * @param chosen whether the current search is filtered by it
     */
    public record Link(String label, long count, String href, boolean chosen) {
    }
}
