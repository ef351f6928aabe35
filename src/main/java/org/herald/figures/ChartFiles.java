package org.herald.figures;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A chart or map as a file to download: the same template the page shows inline, rendered as a
 * standalone SVG document, or that SVG rasterized to PNG by Apache Batik at twice its size. Both
 * are what the reader saw, not a second drawing, and both carry the chart's title and description.
 * PNG text is drawn with the server's fonts (DejaVu covers Latin, Cyrillic and Arabic; Chinese
 * needs a CJK font such as Debian's fonts-noto-cjk).
 */
@Component
class ChartFiles {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");
    private static final float SCALE = 2;

    private final TemplateEngine templates;

    ChartFiles(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The chart's template rendered as an SVG document. */
    String svg(String template, Map<String, Object> parameters) {
        StringOutput out = new StringOutput();
        templates.render(template, parameters, out);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.toString().strip() + "\n";
    }

    /** An SVG document rasterized to PNG at twice the size of its view box. */
    byte[] png(String svg, int width) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width * SCALE);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        } catch (TranscoderException unreadable) {
            throw new IllegalStateException("Herald's own chart could not be rasterized", unreadable);
        }
        return png.toByteArray();
    }

    /** The chart as the answer to a download: SVG, or PNG when {@code format} says so, named {@code name}. */
    ResponseEntity<byte[]> download(String template, Map<String, Object> parameters, int width, String name,
                                    String format) {
        String svg = svg(template, parameters);
        boolean png = "png".equals(format);
        byte[] body = png ? png(svg, width) : svg.getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(png ? MediaType.IMAGE_PNG : SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name + "." + (png ? "png" : "svg")).build().toString())
                .body(body);
    }
}
