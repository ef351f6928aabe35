package org.herald.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses a response once, when it is cached, so that each reader gets it compressed without
 * the cost of compressing it again: gzip always, and Brotli (smaller by a sixth or so) where its
 * native encoder loads (brotli4j ships it for the usual platforms).
 */
final class Compression {

    private static final Logger log = LoggerFactory.getLogger(Compression.class);
    private static final boolean BROTLI = loadBrotli();
    /** Brotli's quality 7: most of quality 11's gain at a fraction of its time. */
    private static final Encoder.Parameters BROTLI_QUALITY = new Encoder.Parameters().setQuality(7);

    private Compression() {
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The Brotli encoding, or null where Brotli's encoder is not available. */
    static byte[] brotli(byte[] bytes) {
        if (!BROTLI) {
            return null;
        }
        try {
            return Encoder.compress(bytes, BROTLI_QUALITY);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable unavailable) {
            log.info("Brotli is not available on this platform; cached responses are compressed with gzip only ({})",
                    unavailable.toString());
            return false;
        }
    }
}
