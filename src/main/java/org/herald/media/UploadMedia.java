package org.herald.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds a file to the library: checks its type from its bytes, its size, its structure and (for
 * images) that it decodes, then stores it with its renditions. Anything refused leaves nothing
 * behind. The costly checks run before the transaction, a few at a time ({@link MediaWork}), so
 * an upload waiting for its turn holds no database connection.
 */
@Component
public class UploadMedia {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaStore store;
    private final MediaProperties properties;
    private final MediaWork work;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    /** What the costly checks found: an image's size and renditions; nothing for a document. */
    private record Checked(Integer width, Integer height, List<Images.Made> renditions) {
    }

    UploadMedia(MediaStore store, MediaProperties properties, MediaWork work, TransactionTemplate transaction,
                AuditLog audit, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.work = work;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the upload.
     *
     * @param fileName the name the uploader's computer gave it; kept only as a label
     * @param altText  the image's alt text, may be empty (then it must be given before publishing)
     * @throws UploadRefusedException when the file is not accepted, saying why
     */
    public MediaItem upload(Actor actor, String fileName, byte[] bytes, String altText) {
        actor.require(Permission.MEDIA_UPLOAD);
        String alt = DescribeMedia.clean(altText);
        if (bytes == null || bytes.length == 0) {
            throw new UploadRefusedException("library.error.empty");
        }
        FileFormat format = FileFormat.detect(bytes);
        if (format == null) {
            throw new UploadRefusedException(FileFormat.refusal(bytes));
        }
        long limit = (format.kind() == MediaKind.IMAGE ? properties.maxImageSize() : properties.maxDocumentSize())
                .toBytes();
        if (bytes.length > limit) {
            throw new UploadRefusedException("library.error.too-large", megabytes(bytes.length), megabytes(limit));
        }
        Checked checked = work.run(() -> check(format, bytes));
        return transaction.execute(status -> store(actor, cleanName(fileName, format), format, bytes, checked, alt));
    }

    private Checked check(FileFormat format, byte[] bytes) {
        FileStructure.Structure structure = FileStructure.check(format, bytes);
        if (format.kind() != MediaKind.IMAGE) {
            return new Checked(null, null, List.of());
        }
        List<Integer> widths = properties.renditionWidths();
        Images.Decoded decoded = Images.decode(format, bytes, properties.maxPixels(),
                widths.stream().mapToInt(Integer::intValue).max().orElse(1));
        return new Checked(decoded.width(), decoded.height(),
                structure.animated() ? List.of() : Images.renditions(decoded, format, widths));
    }

    private MediaItem store(Actor actor, String name, FileFormat format, byte[] bytes, Checked checked, String alt) {
        String key = newKey();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.insert(key, format, name, bytes, checked.width(), checked.height(), sha256(bytes), actor, now);
        for (Images.Made rendition : checked.renditions()) {
            store.addFile(id, rendition.variant(), rendition.mediaType(), rendition.width(), rendition.height(),
                    rendition.bytes());
        }
        if (alt != null) {
            store.describe(id, alt, now);
        }
        audit.record(actor, "media.upload", "media", id, name + " (" + format.mediaType() + ", " + bytes.length
                + " bytes)");
        return store.find(key).orElseThrow();
    }

    /**
     * A name safe to show and to put in a {@code Content-Disposition} header: no path, no control
     * characters, at most 200 characters, ending in the extension of the real format.
     */
    static String cleanName(String fileName, FileFormat format) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>]", "").trim();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = format.kind() == MediaKind.IMAGE ? "image" : "document";
        }
        if (base.length() > 190) {
            base = base.substring(0, 190);
        }
        return base + "." + format.extension();
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
