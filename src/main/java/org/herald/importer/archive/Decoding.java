package org.herald.importer.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds a file's encoding and decodes it: a byte order mark wins; text that is valid UTF-8 is
 * UTF-8; otherwise the single-byte encodings of the region's old sites are scored on the
 * letters they would give. Windows-1251 and KOI8-R put lower- and upper-case Cyrillic in
 * opposite halves, so the right one gives mostly lower-case letters and common ones
 * ("о", "е", "а"); Latin-1 text gives accented letters inside Latin words, which read as
 * Cyrillic would mix scripts within a word.
 *
 * <p>Scored by hand rather than with ICU4J's CharsetDetector, whose statistics need long
 * texts; legacy pages and their titles are often short ({@code DecodingTests} compares both).
 */
public final class Decoding {

    /** The text and the name of the encoding it was read in. */
    public record Decoded(String text, String charset) {
    }

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String FREQUENT_RUSSIAN = "оеаинтсрвлкмдпуяыь";

    private Decoding() {
    }

    /** Decodes the bytes; never fails (a binary file is for the caller to refuse). */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String cp1251 = new String(bytes, WINDOWS_1251);
        String koi8 = new String(bytes, KOI8_R);
        double cyrillic1251 = russianScore(cp1251);
        double cyrillicKoi8 = russianScore(koi8);
        if (Math.max(cyrillic1251, cyrillicKoi8) > latinScore(new String(bytes, WINDOWS_1252))) {
            return cyrillic1251 >= cyrillicKoi8 ? new Decoded(cp1251, "windows-1251") : new Decoded(koi8, "KOI8-R");
        }
        // Windows-1252 is Latin-1 with printable characters where Latin-1 has control codes.
        return new Decoded(new String(bytes, WINDOWS_1252), "ISO-8859-1");
    }

    /** Whether decoded text looks like a binary file rather than text. */
    public static boolean looksBinary(byte[] bytes, String text) {
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control * 100 > sample || (sample == 0 && bytes.length > 0);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Per Cyrillic letter: +1 for a lower-case letter, +1 more for a frequent one, -2 inside a Latin word. */
    static double russianScore(String text) {
        int letters = 0;
        double score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) {
                continue;
            }
            letters++;
            if (Character.isLowerCase(c)) {
                score += 1;
                score += FREQUENT_RUSSIAN.indexOf(c) >= 0 ? 1 : 0;
            }
            if (latinNeighbour(text, i)) {
                score -= 2;
            }
        }
        return letters == 0 ? 0 : score / letters;
    }

    /** Per accented Latin letter: 1.5 when it sits inside a Latin word, as "é" in "réfugiés". */
    static double latinScore(String text) {
        int letters = 0;
        double score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            letters++;
            score += latinNeighbour(text, i) ? 1.5 : 0;
        }
        return letters == 0 ? 0 : score / letters;
    }

    private static boolean latinNeighbour(String text, int i) {
        return (i > 0 && isAsciiLetter(text.charAt(i - 1))) || (i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1)));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
