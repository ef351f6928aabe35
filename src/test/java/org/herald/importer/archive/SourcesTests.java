package org.herald.importer.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of a whole zip: too many files, or files that expand (each under the floor of the
 * single-file ratio check) to more than the archive may, refuse the zip with one line before any
 * file is handed on; a zip read for longer than its time stops there with one line; a zip within
 * the limits is read whole.
 */
class SourcesTests {

    /** Two files a zip may hold in these tests, 4 MiB in all, ratio 200, a minute. */
    static final ArchiveLimits SMALL = new ArchiveLimits(10L << 20, 4L << 20, 200, 3, Duration.ofMinutes(1));
    static final byte[] TEXT = "Posted: 2019-05-31\nIOM opens a centre in Minsk\nMINSK - A new centre opened today.\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir Path folder;

    List<SourceFile> walk(ArchiveLimits limits, Clock clock, Path zip) {
        List<SourceFile> files = new ArrayList<>();
        new Sources(limits, clock).walk(List.of(zip), files::add);
        return files;
    }

    Path zip(String name, int files, byte[] each) throws IOException {
        Path zip = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < files; i++) {
                out.putNextEntry(new ZipEntry("news/" + i + ".txt"));
                out.write(each);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Text that compresses well (as a page repeated would), just under the single-file floor of a megabyte. */
    static byte[] justUnderAMegabyte(int ratio) {
        byte[] bytes = new byte[(1 << 20) - 1];
        java.util.Random random = new java.util.Random(ratio);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % ratio == 0 ? 'a' + random.nextInt(26) : 'a');
        }
        return bytes;
    }

    @Test
    void aZipWithinTheLimitsIsReadWhole() throws IOException {
        List<SourceFile> files = walk(SMALL, Clock.systemUTC(), zip("fine.zip", 3, TEXT));
        assertThat(files).hasSize(3).allSatisfy(file -> assertThat(file.isFailed()).isFalse());
        assertThat(files).extracting(SourceFile::name).last().asString().endsWith("fine.zip!/news/2.txt");
    }

    @Test
    void aZipWithTooManyFilesIsRefusedWithOneLineBeforeAnyIsRead() throws IOException {
        Path zip = zip("many.zip", 4, TEXT);
        assertRefusedWhole(walk(SMALL, Clock.systemUTC(), zip), zip,
                "too many files: the archive holds 4, more than the limit of 3; none of it is read");
    }

    @Test
    void smallFilesExpandingPastTheArchiveLimitAreRefusedWithOneLine() throws IOException {
        Path zip = zip("large.zip", 3, justUnderAMegabyte(50));
        assertThat(Files.size(zip)).as("each file compressed less than 200 to 1").isGreaterThan(3 * ((1 << 20) / 200));
        List<SourceFile> files = walk(new ArchiveLimits(10L << 20, 2L << 20, 200, 10, Duration.ofMinutes(1)),
                Clock.systemUTC(), zip);
        assertRefusedWhole(files, zip, "zip bomb: the archive's files expand to 3145725 bytes, more than the limit"
                + " of 2097152; none of it is read");
    }

    @Test
    void smallFilesCompressedPastTheRatioInAllAreRefusedWithOneLine() throws IOException {
        Path zip = zip("bomb.zip", 3, justUnderAMegabyte(100_000));
        assertRefusedWhole(walk(SMALL, Clock.systemUTC(), zip), zip,
                "zip bomb: the archive's files are compressed more than 200 to 1 in all; none of it is read");
    }

    /** One line, the zip's own, and no file of it handed on. */
    private static void assertRefusedWhole(List<SourceFile> files, Path zip, String reason) {
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo(zip.toString());
            assertThat(file.failure()).isEqualTo(reason);
        });
    }

    @Test
    void aZipReadForLongerThanItsTimeStopsThereWithOneLine() throws IOException {
        Path zip = zip("slow.zip", 3, TEXT);
        SteppingClock clock = new SteppingClock();
        List<SourceFile> files = new ArrayList<>();
        new Sources(SMALL, clock).walk(List.of(zip), file -> {
            files.add(file);
            clock.advance(Duration.ofSeconds(40));
        });
        assertThat(files).extracting(SourceFile::isFailed).containsExactly(false, false, true);
        assertThat(files.get(2).name()).isEqualTo(zip.toString());
        assertThat(files.get(2).failure()).isEqualTo("stopped: the archive was read for longer than the limit of"
                + " 1 min; the rest of it is not read");
    }

    /** A clock that moves only when told: the time a zip's files take to import, without the wait. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
