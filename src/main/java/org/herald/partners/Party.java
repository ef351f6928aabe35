package org.herald.partners;

/**
 * A party to an agreement and who signs for it.
 *
 * @param partnerId      the partner; null for the organization itself
 * @param signatory      who signs for it ("Sergei Lebedev"), or null
 * @param signatoryTitle the signatory's office ("Executive Secretary"), or null
 */
public record Party(Long partnerId, String signatory, String signatoryTitle) {

    /** Whether the party is the organization itself. */
    public boolean organization() {
        return partnerId == null;
    }
}
