package org.herald.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats the library accepts, recognized by their first bytes ("magic numbers"), never
 * by the file's name or the type the browser claims.
 */
enum FileFormat {
    JPEG(MediaKind.IMAGE, "image/jpeg", "jpg"),
    PNG(MediaKind.IMAGE, "image/png", "png"),
    GIF(MediaKind.IMAGE, "image/gif", "gif"),
    WEBP(MediaKind.IMAGE, "image/webp", "webp"),
    PDF(MediaKind.DOCUMENT, "application/pdf", "pdf");

    private final MediaKind kind;
    private final String mediaType;
    private final String extension;

    FileFormat(MediaKind kind, String mediaType, String extension) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaKind kind() {
        return kind;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The format the bytes start like, or null for anything else. */
    static FileFormat detect(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(bytes, 0, 6).equals("GIF87a") || ascii(bytes, 0, 6).equals("GIF89a")) {
            return GIF;
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(bytes, 0, 5).equals("%PDF-")) {
            return PDF;
        }
        return null;
    }

    /** Why bytes of no accepted format are refused: the message key for markup, or the general one. */
    static String refusal(byte[] bytes) {
        String start = ascii(bytes, 0, Math.min(bytes.length, 1024)).replace("\uFEFF", "").trim()
                .toLowerCase(Locale.ROOT);
        if (start.contains("<svg")) {
            return "library.error.svg";
        }
        if (start.startsWith("<") && (start.contains("<html") || start.contains("<!doctype") || start.contains("<script")
                || start.contains("<body") || start.contains("<head") || start.contains("<iframe"))) {
            return "library.error.html";
        }
        return "library.error.type";
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static String ascii(byte[] bytes, int offset, int length) {
        if (bytes.length < offset + length) {
            return "";
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
