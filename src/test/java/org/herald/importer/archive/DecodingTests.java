package org.herald.importer.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Old pages of the region come in Windows-1251, KOI8-R, Latin-1 and UTF-16: each is read right,
 * short titles included.
 */
class DecodingTests {

    private static final String RUSSIAN = "МОМ и СНГ подписали меморандум о сотрудничестве в Минске";
    private static final String FRENCH = "L'OIM renforce sa coopération régionale à Genève";

    @Test
    void russianInWindows1251AndKoi8rIsReadInTheRightOne() {
        assertThat(Decoding.decode(RUSSIAN.getBytes(Charset.forName("windows-1251"))))
                .isEqualTo(new Decoding.Decoded(RUSSIAN, "windows-1251"));
        assertThat(Decoding.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R"))))
                .isEqualTo(new Decoding.Decoded(RUSSIAN, "KOI8-R"));
    }

    @Test
    void frenchInLatin1IsNotTakenForCyrillic() {
        assertThat(Decoding.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(new Decoding.Decoded(FRENCH, "ISO-8859-1"));
    }

    @Test
    void byteOrderMarksAndValidUtf8Win() {
        assertThat(Decoding.decode(("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(RUSSIAN);
        assertThat(Decoding.decode(("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(FRENCH);
        assertThat(Decoding.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Decoding.Decoded(RUSSIAN, "UTF-8"));
    }

    @Test
    void aShortTitleIsEnough() {
        assertThat(Decoding.decode("Новости".getBytes(Charset.forName("windows-1251"))).charset()).isEqualTo("windows-1251");
        assertThat(Decoding.decode("Новости".getBytes(Charset.forName("KOI8-R"))).charset()).isEqualTo("KOI8-R");
    }

    @Test
    void binaryIsToldFromText() {
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        assertThat(Decoding.looksBinary(binary, Decoding.decode(binary).text())).isTrue();
        byte[] text = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        assertThat(Decoding.looksBinary(text, Decoding.decode(text).text())).isFalse();
    }
}
