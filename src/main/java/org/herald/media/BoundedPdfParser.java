package org.herald.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser with a ceiling on what it decompresses. PDFBox bounds its stream cache, but it
 * inflates cross-reference and object streams into memory without any limit while it parses, so a
 * few kilobytes of deflated zeros would fill the heap. Before PDFBox decodes such a stream, this
 * parser decodes it once into a counter, with PDFBox's own filters, and gives up when the file's
 * total passes {@link #MAX_DECODED}. Content and image streams are never decoded by the check.
 */
final class BoundedPdfParser extends PDFParser {

    /** The most bytes the cross-reference and object streams of one file may decode to. */
    static final long MAX_DECODED = 64L << 20;
    /** What PDFBox may keep in its stream cache (it writes nothing there while reading). */
    private static final long STREAM_CACHE = 16L << 20;
    /** Filters that turn bytes into bytes; image filters (DCT, JPX, JBIG2, CCITT) have no place here. */
    private static final Set<COSName> BYTE_FILTERS = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION);

    private final Map<Long, Long> objectStreamSizes = new HashMap<>();
    private long decoded;

    private BoundedPdfParser(byte[] bytes) throws IOException {
        super(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(STREAM_CACHE).streamCache);
    }

    /**
     * A failed read of an object: PDFBox would log it and go on with a hole where the object was,
     * which a viewer might still read; the check must not go on.
     */
    @Override
    public COSBase dereferenceCOSObject(COSObject object) throws IOException {
        try {
            return super.dereferenceCOSObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the file strictly, else leniently (PDFBox then repairs a broken cross-reference
     * table). A broken file with object streams is not repaired: PDFBox's repair decodes them
     * outside this class's reach.
     */
    static PDDocument open(byte[] bytes) throws IOException {
        try {
            return new BoundedPdfParser(bytes).parse(false);
        } catch (IOException | UncheckedIOException strictFailure) {
            if (strictFailure instanceof OverBudget || strictFailure.getCause() instanceof OverBudget
                    || FileFormat.ascii(bytes, 0, bytes.length).contains("/ObjStm")) {
                throw strictFailure instanceof IOException e ? e : new IOException(strictFailure);
            }
            return new BoundedPdfParser(bytes).parse(true);
        }
    }

    /** Cross-reference streams: parsed here without an object key, then decoded by PDFBox. */
    @Override
    protected COSStream parseCOSStream(COSDictionary dictionary) throws IOException {
        COSStream stream = super.parseCOSStream(dictionary);
        if (dictionary.getKey() == null) {
            charge(stream);
        }
        return stream;
    }

    /**
     * Object streams, decoded by PDFBox when one of their objects is first read. A read of an
     * object that is not where the cross-reference table says decodes its stream again, for
     * nothing: each such read is charged too.
     */
    @Override
    protected COSBase parseObjectStreamObject(long objectStream, COSObjectKey key) throws IOException {
        Long size = objectStreamSizes.get(objectStream);
        if (size == null) {
            COSBase base = document.getObjectFromPool(new COSObjectKey(objectStream, 0)).getObject();
            size = base instanceof COSStream stream ? charge(stream) : 0L;
            objectStreamSizes.put(objectStream, size);
        }
        COSBase object = super.parseObjectStreamObject(objectStream, key);
        if (object == null) {
            add(size);
        }
        return object;
    }

    /** Decodes the stream into a counter and adds its size to the file's total; returns the size. */
    private long charge(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        long size = stream.getLength();
        byte[] input = null;
        for (int i = 0; i < filters.size(); i++) {
            boolean last = i == filters.size() - 1;
            Budget output = new Budget(MAX_DECODED - decoded, !last);
            try (InputStream in = input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, output, stream, i);
            }
            input = last ? null : output.kept.toByteArray();
            size = output.count;
        }
        add(size);
        return size;
    }

    private void add(long size) throws IOException {
        decoded += size;
        if (decoded > MAX_DECODED) {
            throw new OverBudget();
        }
    }

    private static List<COSName> filters(COSBase filters) throws IOException {
        List<COSName> names = filters instanceof COSName name ? List.of(name)
                : filters instanceof COSArray array ? array.toList().stream()
                .map(item -> item instanceof COSName name ? name : COSName.getPDFName("?")).toList()
                : List.of();
        for (COSName name : names) {
            if (!BYTE_FILTERS.contains(name)) {
                throw new IOException("filter " + name.getName() + " on a structure stream");
            }
        }
        return names;
    }

    /** The file's structure streams decode to more than {@link #MAX_DECODED}: no point trying to repair it. */
    private static final class OverBudget extends IOException {

        OverBudget() {
            super("structure streams decode to more than " + MAX_DECODED + " bytes");
        }
    }

    /** Counts what a filter writes, keeps it only when another filter follows, and stops at the budget. */
    private static final class Budget extends OutputStream {

        private final long limit;
        private final ByteArrayOutputStream kept;
        private long count;

        Budget(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                throw new OverBudget();
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }
    }
}
