package org.herald.figures;

import java.time.OffsetDateTime;

/**
 * One upload of a dataset, kept downloadable after a later one.
 *
 * @param values      how many values it holds
 * @param skippedRows how many refused rows the editor chose to leave out
 */
public record DatasetVersion(long id, int version, String fileName, int values, int skippedRows,
                             OffsetDateTime uploadedAt) {
}
