package org.herald.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a file to the library: checks its type from its bytes, its size, its structure and (for
 * images) that it decodes, then stores it with its renditions. Anything refused leaves nothing
 * behind.
 */
@Component
public class UploadMedia {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaStore store;
    private final MediaProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    UploadMedia(MediaStore store, MediaProperties properties, AuditLog audit, Clock clock) {
        this.store = store;
        this.properties = properties;
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
    @Transactional
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
        FileStructure.Structure structure = FileStructure.check(format, bytes);
        Images.Decoded decoded = format.kind() == MediaKind.IMAGE
                ? Images.decode(format, bytes, properties.maxPixels()) : null;
        String name = cleanName(fileName, format);
        String key = newKey();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.insert(key, format, name, bytes, decoded == null ? null : decoded.width(),
                decoded == null ? null : decoded.height(), sha256(bytes), actor, now);
        if (decoded != null && !structure.animated()) {
            for (Images.Made rendition : Images.renditions(decoded, format, properties.renditionWidths())) {
                store.addFile(id, rendition.variant(), rendition.mediaType(), rendition.width(), rendition.height(),
                        rendition.bytes());
            }
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
