package org.herald.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the legacy archive import.
 *
 * @param maxFileSize         largest file an import reads (after decompression); larger ones fail
 * @param maxArchiveSize      largest total a zip may expand to before it is treated as a zip bomb
 * @param maxCompressionRatio largest ratio of a zip entry's size to its compressed size
 * @param workers             items recovered and stored at the same time, each in its own transaction
 */
@ConfigurationProperties("herald.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("2GB") DataSize maxArchiveSize,
                               @DefaultValue("200") int maxCompressionRatio,
                               @DefaultValue("4") int workers) {
}
