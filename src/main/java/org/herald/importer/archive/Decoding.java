package org.herald.importer.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Finds a file's encoding and decodes it: a byte order mark wins; text that is valid UTF-8 is
 * UTF-8; otherwise ICU4J's CharsetDetector chooses among the single-byte encodings of the
 * region's old sites (Windows-1251, KOI8-R, Latin-1 and its Windows superset), which it tells
 * apart by letter statistics even on a short title ({@code DecodingTests}).
 */
public final class Decoding {

    /** The text and the name of the encoding it was read in. */
    public record Decoded(String text, String charset) {
    }

    private static final Set<String> SINGLE_BYTE = Set.of("windows-1251", "KOI8-R", "ISO-8859-1", "windows-1252");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARATION = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_-]{3,20})", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WITHIN = 2048;

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
        Charset declared = declared(bytes);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared.name());
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (SINGLE_BYTE.contains(match.getName())) {
                // Windows-1252 is Latin-1 with printable characters where Latin-1 has control codes.
                Charset charset = match.getName().equals("ISO-8859-1") ? WINDOWS_1252 : Charset.forName(match.getName());
                return new Decoded(new String(bytes, charset), match.getName());
            }
        }
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /**
     * The single-byte encoding the file declares in its head (an HTML meta tag, an XML
     * declaration), or null. Legacy pages say what they are written in: a short Russian title in
     * Windows-1251 is otherwise easily taken for Latin-1. UTF-8 declared but not valid is ignored.
     */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WITHIN), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        for (String known : SINGLE_BYTE) {
            if (known.equalsIgnoreCase(name) || (name.equals("cp1251") && known.equals("windows-1251"))
                    || (name.equals("cp1252") && known.equals("windows-1252")) || (name.equals("latin1")
                    && known.equals("ISO-8859-1")) || (name.equals("koi8r") && known.equals("KOI8-R"))) {
                // Windows-1252 is Latin-1 with printable characters where Latin-1 has control codes.
                return known.equals("ISO-8859-1") ? WINDOWS_1252 : Charset.forName(known);
            }
        }
        return null;
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
        // The lenient decoder is the fast one; it marks every malformed byte with U+FFFD, so text
        // without one was valid. Only text that has one (valid or not) needs the strict decoder.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
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
