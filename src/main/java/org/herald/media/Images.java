package org.herald.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes uploaded images (a file that does not decode cleanly is refused) and makes their
 * resized renditions: JPEG for photographs, PNG for images with transparency or few colours.
 * Runs at upload, never while a reader waits for a page.
 */
final class Images {

    static {
        // Registers the WebP and JPEG readers of the plugins with the application's class loader
        // (inside the executable jar ImageIO would otherwise not find them).
        ImageIO.scanForPlugins();
    }

    private static final float JPEG_QUALITY = 0.85f;

    /**
     * A decoded image.
     *
     * @param image  the pixels, possibly subsampled: narrower than the original, never narrower
     *               than the widest rendition
     * @param width  the original's width, as its header gives it
     * @param height the original's height
     */
    record Decoded(BufferedImage image, int width, int height) {
    }

    /** A rendition ready to store. */
    record Made(String variant, String mediaType, int width, int height, byte[] bytes) {
    }

    private Images() {
    }

    /**
     * Reads the image's size from its header and refuses it when it has more than
     * {@code maxPixels}; only then decodes it, keeping every n-th pixel of every n-th row when
     * the image is at least twice as wide as {@code neededWidth} (the widest rendition), so a
     * 40-megapixel photograph costs the heap what a 2-megapixel one does.
     */
    static Decoded decode(FileFormat format, byte[] bytes, long maxPixels, int neededWidth) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(format, in);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new UploadRefusedException("library.error.corrupt");
                }
                if ((long) width * height > maxPixels) {
                    throw new UploadRefusedException("library.error.too-many-pixels", width, height,
                            maxPixels / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, width / Math.max(1, neededWidth));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty() || image == null) {
                    throw new UploadRefusedException("library.error.corrupt");
                }
                return new Decoded(image, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException("library.error.corrupt");
        }
    }

    private static ImageReader reader(FileFormat format, ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.extension().equals("jpg")
                ? "jpeg" : format.extension());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /** Resized copies at each width narrower than the image, narrowest first. */
    static List<Made> renditions(Decoded decoded, FileFormat format, List<Integer> widths) {
        BufferedImage source = decoded.image();
        boolean alpha = source.getColorModel().hasAlpha();
        boolean png = alpha || format == FileFormat.PNG || format == FileFormat.GIF;
        List<Made> made = new ArrayList<>();
        for (int width : widths.stream().sorted().distinct().toList()) {
            if (width >= decoded.width()) {
                continue;
            }
            int height = Math.max(1, Math.round((float) decoded.height() * width / decoded.width()));
            BufferedImage scaled = scale(source, width, height, png);
            made.add(new Made("w" + width, png ? "image/png" : "image/jpeg", width, height,
                    png ? png(scaled) : jpeg(scaled)));
        }
        return made;
    }

    /** Halves the image while it is at least twice too big, then scales the rest bicubically: sharp and smooth. */
    private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, alpha, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, width, height, alpha, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
