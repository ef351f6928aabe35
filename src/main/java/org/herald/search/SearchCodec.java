package org.herald.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's codec with stored fields compressed in small chunks. Every result shown reads its
 * stored document (title, address, the text its snippet is cut from), and Lucene's default
 * decompresses about 12 KB around each one (a preset dictionary and a sub-block of an 80 KB
 * chunk); chunks of 4 KB without a dictionary cost a fraction of that, for a somewhat larger
 * index. Registered by name (META-INF/services), as Lucene finds the codec of each segment.
 */
public final class SearchCodec extends FilterCodec {

    /** The name each segment written with this codec records. */
    public static final String NAME = "Herald912";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "HeraldStoredFields", CompressionMode.FAST, 4 * 1024, 64, 10);

    /** The codec, as Lucene's service loader makes it. */
    public SearchCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
