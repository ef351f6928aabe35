package org.herald.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Datasets uploaded in the back office.
 *
 * @param maxSize the largest file a dataset version may be uploaded from ({@code HERALD_DATASET_MAX_SIZE})
 */
@ConfigurationProperties("herald.datasets")
record DatasetProperties(@DefaultValue("20MB") DataSize maxSize) {
}
