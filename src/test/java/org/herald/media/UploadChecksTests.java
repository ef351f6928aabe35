package org.herald.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.herald.support.TestImages;
import org.junit.jupiter.api.Test;

/**
 * How an upload's bytes are judged, without a server: the format from the magic number, the
 * structure walked to its end, the text parts searched, the image decoded.
 */
class UploadChecksTests {

    @Test
    void recognizesTheAcceptedFormatsByTheirBytes() {
        assertThat(FileFormat.detect(TestImages.jpeg(40, 30))).isEqualTo(FileFormat.JPEG);
        assertThat(FileFormat.detect(TestImages.png(40, 30))).isEqualTo(FileFormat.PNG);
        assertThat(FileFormat.detect(TestImages.gif(40, 30))).isEqualTo(FileFormat.GIF);
        assertThat(FileFormat.detect(TestImages.webp())).isEqualTo(FileFormat.WEBP);
        assertThat(FileFormat.detect(TestImages.pdf())).isEqualTo(FileFormat.PDF);
        assertThat(FileFormat.detect("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void acceptsWellFormedFilesAndDecodesEveryImageFormat() {
        for (byte[] file : List.of(TestImages.jpeg(40, 30), TestImages.png(40, 30), TestImages.gif(40, 30),
                TestImages.webp(), TestImages.pdf())) {
            FileFormat format = FileFormat.detect(file);
            FileStructure.check(format, file);
            if (format.kind() == MediaKind.IMAGE) {
                assertThat(Images.decode(format, file, 50_000_000, 1600).width()).isPositive();
            }
        }
        assertThat(Images.decode(FileFormat.WEBP, TestImages.webp(), 50_000_000, 1600).width()).isEqualTo(800);
    }

    @Test
    void namesMarkupForWhatItIs() {
        assertThat(FileFormat.refusal("<!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("library.error.html");
        assertThat(FileFormat.refusal("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("library.error.svg");
        assertThat(FileFormat.refusal(new byte[] {1, 2, 3})).isEqualTo("library.error.type");
    }

    @Test
    void refusesTruncatedFiles() {
        for (byte[] file : List.of(TestImages.jpeg(200, 150), TestImages.png(200, 150), TestImages.gif(200, 150),
                TestImages.webp(), TestImages.pdf())) {
            byte[] half = Arrays.copyOf(file, file.length / 2);
            assertThatThrownBy(() -> FileStructure.check(FileFormat.detect(half), half))
                    .as(FileFormat.detect(file).name()).isInstanceOf(UploadRefusedException.class)
                    .hasMessageMatching("library\\.error\\.(truncated|corrupt)");
        }
    }

    @Test
    void refusesPolyglots() {
        byte[] png = TestImages.png(20, 20);
        assertThat(refusal(concat(png, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .as("HTML after the end of a PNG").isEqualTo("library.error.polyglot");
        byte[] gifScript = gifWithComment("*/=alert(document.cookie)//");
        assertThat(refusal(gifScript)).as("a GIF that is also JavaScript").isEqualTo("library.error.polyglot");
        assertThat(refusal(jpegWithComment("<script>alert(1)</script>"))).as("a script in a JPEG comment")
                .isEqualTo("library.error.polyglot");
        assertThat(refusal(TestImages.pdf(" /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")))
                .as("a PDF with JavaScript").isEqualTo("library.error.pdf-active");
    }

    @Test
    void refusesThePdfsThatGotPastTheOldScan() {
        assertThat(refusal(TestPdfs.escapedJavaScriptLink())).as("/S /J#61vaScript").isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.escapedLaunchLink())).as("/S /L#61unch").isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.openActionInObjectStream())).as("an /OpenAction in an object stream")
                .isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.javaScriptBetweenStreamComments())).as("JavaScript between %stream comments")
                .isEqualTo("library.error.pdf-active");
        assertThat(refusal(TestPdfs.clean())).as("a clean PDF with a web link and a start page").isNull();
    }

    @Test
    void refusesAnImageWithTooManyPixelsFromItsHeaderAlone() {
        byte[] png = blankPng(7000, 7000);
        assertThat(png.length).isLessThan(1 << 20);
        long before = allocatedBytes();
        long start = System.nanoTime();
        assertThatThrownBy(() -> Images.decode(FileFormat.PNG, png, 40_000_000, 1600))
                .isInstanceOf(UploadRefusedException.class).hasMessage("library.error.too-many-pixels")
                .extracting(e -> List.of(((UploadRefusedException) e).args())).isEqualTo(List.of(7000, 7000, 40L));
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
        assertThat(allocatedBytes() - before).as("bytes allocated").isLessThan(8L << 20);
    }

    @Test
    void decodesALargeImageOnlyAsFinelyAsItsWidestRenditionNeeds() {
        byte[] jpeg = TestImages.jpeg(5000, 3000);
        long before = allocatedBytes();
        Images.Decoded decoded = Images.decode(FileFormat.JPEG, jpeg, 40_000_000, 1600);
        long allocated = allocatedBytes() - before;
        assertThat(decoded.width()).isEqualTo(5000);
        assertThat(decoded.height()).isEqualTo(3000);
        assertThat(decoded.image().getWidth()).isEqualTo(1667);
        assertThat(allocated).as("bytes allocated; 45 MB for every pixel").isLessThan(20L << 20);
        List<Images.Made> renditions = Images.renditions(decoded, FileFormat.JPEG, List.of(320, 640, 1024, 1600));
        assertThat(renditions).extracting(Images.Made::width).containsExactly(320, 640, 1024, 1600);
        assertThat(renditions).extracting(Images.Made::height).containsExactly(192, 384, 614, 960);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    /**
     * A PNG of {@code width} × {@code height} transparent pixels (8-bit RGBA), written chunk by
     * chunk: a few hundred kilobytes that decode to four bytes a pixel.
     */
    static byte[] blankPng(int width, int height) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        java.io.ByteArrayOutputStream pixels = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(pixels,
                new java.util.zip.Deflater(9))) {
            byte[] row = new byte[1 + 4 * width];
            for (int y = 0; y < height; y++) {
                out.write(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.ISO_8859_1), data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeAndData);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static String refusal(byte[] file) {
        try {
            FileStructure.check(FileFormat.detect(file), file);
            return null;
        } catch (UploadRefusedException refused) {
            return refused.messageKey();
        }
    }

    /** A GIF with a comment extension right after its header and colour table. */
    static byte[] gifWithComment(String comment) {
        byte[] gif = TestImages.gif(8, 8);
        int flags = gif[10] & 0xFF;
        int afterTable = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
        byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
        byte[] extension = new byte[3 + text.length + 1];
        extension[0] = 0x21;
        extension[1] = (byte) 0xFE;
        extension[2] = (byte) text.length;
        System.arraycopy(text, 0, extension, 3, text.length);
        return concat(Arrays.copyOf(gif, afterTable), extension, Arrays.copyOfRange(gif, afterTable, gif.length));
    }

    /** A JPEG with a COM segment right after its start marker. */
    static byte[] jpegWithComment(String comment) {
        byte[] jpeg = TestImages.jpeg(16, 16);
        byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
        int length = text.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length}, text);
        return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
