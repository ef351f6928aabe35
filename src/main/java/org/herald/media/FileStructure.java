package org.herald.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks a file's structure the way its format defines it. A file that ends before its
 * structure does is truncated; bytes after its end, or markup and script in its text parts
 * (comments, metadata, PDF objects), make it a polyglot, something that could also be read as a
 * page or a script: both are refused. Compressed pixel data is not searched (it would match by
 * chance), but it is decoded afterwards. A PDF is also parsed, to find what it could run
 * ({@link PdfContent}).
 */
final class FileStructure {

    /** Text that has no business in a picture's metadata or a PDF's objects. */
    private static final List<String> MARKUP = List.of("<script", "<html", "<body", "<iframe", "<svg", "<object",
            "<embed", "<?php", "<%", "javascript:", "vbscript:", "onerror=", "onload=", "alert(", "eval(",
            "document.cookie", "document.write", "<!doctype");
    private static final int MAX_INFLATED = 1 << 20;

    /** What the walk found besides problems. */
    record Structure(boolean animated) {
    }

    private FileStructure() {
    }

    static Structure check(FileFormat format, byte[] bytes) {
        List<String> text = new ArrayList<>();
        Structure structure = switch (format) {
            case JPEG -> jpeg(bytes, text);
            case PNG -> png(bytes, text);
            case GIF -> gif(bytes, text);
            case WEBP -> webp(bytes, text);
            case PDF -> pdf(bytes, text);
        };
        for (String part : text) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (MARKUP.stream().anyMatch(lower::contains)) {
                throw new UploadRefusedException("library.error.polyglot");
            }
        }
        return structure;
    }

    private static Structure jpeg(byte[] b, List<String> text) {
        int i = 2;
        while (true) {
            need(b, i + 2);
            if (u8(b, i) != 0xFF) {
                throw corrupt();
            }
            int marker = u8(b, i + 1);
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9) {
                trailing(b, i + 2, true);
                return new Structure(false);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            need(b, i + 4);
            int length = u16(b, i + 2);
            need(b, i + 2 + length);
            if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE) {
                text.add(latin1(b, i + 4, length - 2));
            }
            i += 2 + length;
            if (marker == 0xDA) {
                i = endOfScan(b, i);
            }
        }
    }

    /** The offset of the marker that ends a scan's entropy-coded data. */
    private static int endOfScan(byte[] b, int from) {
        int j = from;
        while (true) {
            need(b, j + 2);
            if (u8(b, j) != 0xFF) {
                j++;
                continue;
            }
            int next = u8(b, j + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                j += 2;
            } else if (next == 0xFF) {
                j++;
            } else {
                return j;
            }
        }
    }

    private static Structure png(byte[] b, List<String> text) {
        int i = 8;
        boolean first = true;
        boolean animated = false;
        while (true) {
            need(b, i + 8);
            long length = u32(b, i);
            String type = latin1(b, i + 4, 4);
            if (length > Integer.MAX_VALUE - 12) {
                throw corrupt();
            }
            need(b, i + 12 + (int) length);
            if (first && !type.equals("IHDR")) {
                throw corrupt();
            }
            first = false;
            CRC32 crc = new CRC32();
            crc.update(b, i + 4, 4 + (int) length);
            if (crc.getValue() != u32(b, i + 8 + (int) length)) {
                throw corrupt();
            }
            int data = i + 8;
            switch (type) {
                case "IEND" -> {
                    trailing(b, i + 12 + (int) length, false);
                    return new Structure(animated);
                }
                case "acTL" -> animated = true;
                case "zTXt" -> text.add(inflated(b, afterNul(b, data, (int) length) + 1, data + (int) length));
                case "iTXt" -> text.add(internationalText(b, data, (int) length));
                case "IHDR", "PLTE", "IDAT", "fdAT" -> {
                    // image data: decoded later, not searched
                }
                default -> text.add(latin1(b, data, (int) length));
            }
            i += 12 + (int) length;
        }
    }

    private static String internationalText(byte[] b, int data, int length) {
        int keywordEnd = afterNul(b, data, length);
        need(b, keywordEnd + 3);
        boolean compressed = u8(b, keywordEnd + 1) == 1;
        int languageEnd = afterNul(b, keywordEnd + 3, data + length - keywordEnd - 3);
        int translatedEnd = afterNul(b, languageEnd + 1, data + length - languageEnd - 1);
        int textStart = translatedEnd + 1;
        String header = latin1(b, data, textStart - data);
        return header + (compressed ? inflated(b, textStart - 1, data + length)
                : new String(b, textStart, data + length - textStart, StandardCharsets.UTF_8));
    }

    private static Structure gif(byte[] b, List<String> text) {
        need(b, 13);
        int flags = u8(b, 10);
        int i = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
        int frames = 0;
        while (true) {
            need(b, i + 1);
            int block = u8(b, i);
            if (block == 0x3B) {
                trailing(b, i + 1, true);
                return new Structure(frames > 1);
            } else if (block == 0x21) {
                need(b, i + 2);
                int label = u8(b, i + 1);
                StringBuilder content = new StringBuilder();
                i = subBlocks(b, i + 2, content);
                if (label != 0xF9) {
                    text.add(content.toString());
                }
            } else if (block == 0x2C) {
                need(b, i + 10);
                int local = u8(b, i + 9);
                i += 10 + ((local & 0x80) != 0 ? 3 * (1 << ((local & 7) + 1)) : 0);
                need(b, i + 1);
                i = subBlocks(b, i + 1, null);
                frames++;
            } else {
                throw corrupt();
            }
        }
    }

    /** Skips (and, when asked, collects) data sub-blocks; returns the offset after their terminator. */
    private static int subBlocks(byte[] b, int from, StringBuilder content) {
        int i = from;
        while (true) {
            need(b, i + 1);
            int size = u8(b, i);
            if (size == 0) {
                return i + 1;
            }
            need(b, i + 1 + size);
            if (content != null) {
                content.append(latin1(b, i + 1, size));
            }
            i += 1 + size;
        }
    }

    private static Structure webp(byte[] b, List<String> text) {
        need(b, 12);
        long size = u32le(b, 4);
        if (size + 8 > b.length) {
            throw truncated();
        }
        if (size + 8 < b.length) {
            throw new UploadRefusedException("library.error.polyglot");
        }
        int i = 12;
        boolean animated = false;
        while (i < b.length) {
            need(b, i + 8);
            String type = latin1(b, i, 4);
            long length = u32le(b, i + 4);
            if (length > b.length) {
                throw truncated();
            }
            need(b, i + 8 + (int) length);
            switch (type) {
                case "VP8 ", "VP8L", "ALPH", "ANMF", "ICCP" -> {
                    // image data and colour profile: decoded later, not searched
                }
                case "VP8X" -> animated = length > 0 && (u8(b, i + 8) & 0x02) != 0;
                case "ANIM" -> animated = true;
                default -> text.add(latin1(b, i + 8, (int) length));
            }
            i += 8 + (int) length + (int) (length & 1);
        }
        return new Structure(animated);
    }

    private static Structure pdf(byte[] b, List<String> text) {
        String tail = latin1(b, Math.max(0, b.length - 1024), Math.min(b.length, 1024));
        if (!tail.contains("%%EOF")) {
            throw truncated();
        }
        PdfContent.check(b);
        String all = latin1(b, 0, b.length);
        StringBuilder objects = new StringBuilder();
        int i = 0;
        while (i < all.length()) {
            int stream = all.indexOf("stream", i);
            if (stream < 0 || (stream >= 3 && all.startsWith("end", stream - 3))) {
                objects.append(all, i, stream < 0 ? all.length() : stream + 6);
                i = stream < 0 ? all.length() : stream + 6;
                continue;
            }
            objects.append(all, i, stream);
            int end = all.indexOf("endstream", stream + 6);
            if (end < 0) {
                throw truncated();
            }
            i = end + 9;
        }
        text.add(objects.toString());
        return new Structure(false);
    }

    /** Bytes after a format's end: refused, except zeros that some cameras pad JPEG and GIF files with. */
    private static void trailing(byte[] b, int end, boolean zerosAllowed) {
        for (int i = end; i < b.length; i++) {
            if (!zerosAllowed || b[i] != 0) {
                throw new UploadRefusedException("library.error.polyglot");
            }
        }
    }

    private static String inflated(byte[] b, int from, int to) {
        need(b, from + 1);
        Inflater inflater = new Inflater();
        inflater.setInput(b, from + 1, Math.max(0, to - from - 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished() && out.size() < MAX_INFLATED) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw corrupt();
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int afterNul(byte[] b, int from, int length) {
        for (int i = from; i < from + length && i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        throw corrupt();
    }

    private static void need(byte[] b, int end) {
        if (end > b.length || end < 0) {
            throw truncated();
        }
    }

    private static UploadRefusedException truncated() {
        return new UploadRefusedException("library.error.truncated");
    }

    private static UploadRefusedException corrupt() {
        return new UploadRefusedException("library.error.corrupt");
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    private static long u32(byte[] b, int i) {
        return ((long) u8(b, i) << 24) | ((long) u8(b, i + 1) << 16) | ((long) u8(b, i + 2) << 8) | u8(b, i + 3);
    }

    private static long u32le(byte[] b, int i) {
        return ((long) u8(b, i + 3) << 24) | ((long) u8(b, i + 2) << 16) | ((long) u8(b, i + 1) << 8) | u8(b, i);
    }

    private static String latin1(byte[] b, int from, int length) {
        return new String(b, from, Math.max(0, length), StandardCharsets.ISO_8859_1);
    }
}
