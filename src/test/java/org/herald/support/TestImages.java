package org.herald.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Real image and PDF files for upload tests, made on the spot (WebP from a test resource: the JDK cannot write it). */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** An 800 × 500 lossy WebP made with cwebp. */
    public static byte[] webp() {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/photo.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small, plain, one-page PDF. */
    public static byte[] pdf() {
        return pdf("");
    }

    /** A PDF whose catalog carries {@code extra} (to add an /OpenAction, say). */
    public static byte[] pdf(String extra) {
        return ("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R""" + extra + """
                 >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj
                4 0 obj << /Length 44 >>
                stream
                BT /F1 12 Tf 20 100 Td (Herald test) Tj ET
                endstream
                endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 140), width, height, new Color(240, 180, 40)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
