package org.herald.figures;

import java.time.OffsetDateTime;

/**
 * A published dataset: what it says about itself and its current version.
 *
 * @param version   the current version's number (1 for the first upload)
 * @param updatedAt when the current version was uploaded
 */
public record Dataset(long id, DatasetDetails details, int version, OffsetDateTime updatedAt) {

    public String slug() {
        return details.slug();
    }
}
