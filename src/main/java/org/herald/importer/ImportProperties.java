package org.herald.importer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and settings of the legacy archive import.
 *
 * @param maxFileSize         largest file an import reads (after decompression); larger ones fail
 * @param maxArchiveSize      largest total a zip may expand to before it is treated as a zip bomb
 * @param maxCompressionRatio largest ratio of a zip entry's size to its compressed size
 * @param workers             items recovered and stored at the same time, each in its own transaction
 * @param batchLease          how long a back-office batch stays with its node without word from it; a
 *                            batch whose node has been silent longer is taken over by another node
 */
@ConfigurationProperties("herald.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("2GB") DataSize maxArchiveSize,
                               @DefaultValue("200") int maxCompressionRatio,
                               @DefaultValue("4") int workers,
                               @DefaultValue("60s") Duration batchLease) {
}
