package org.herald.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Download;
import org.herald.support.Http.Response;
import org.herald.support.TestAdmin;
import org.herald.support.TestImages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Uploads through the media library's form, over real HTTP: accepted files are stored with
 * their renditions and served safely; every dangerous or broken file is refused with a message
 * saying why, and nothing of it is stored. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class MediaUploadContract {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Http http;

    @BeforeEach
    void signIn() {
        http = new Http(port);
        http.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
    }

    @Test
    void aPhotoIsStoredWithResizedCopiesAndServedAsAnImage() throws IOException {
        Response uploaded = upload("ceremony.jpg", TestImages.jpeg(1800, 1200), "The signing ceremony");
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String key = uploaded.location().replaceAll(".*/admin/media/([0-9a-f]{32}).*", "$1");

        Document page = http.get("/admin/media/" + key).document();
        assertThat(page.select(".media-figure img").attr("alt")).isEqualTo("The signing ceremony");
        assertThat(page.select(".media-figure img").attr("srcset")).contains("/media/" + key + "/w640 640w",
                "/media/" + key + " 1800w");

        Download original = http.download("/media/" + key);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(original.header("Content-Disposition")).startsWith("inline;").contains("ceremony.jpg");
        assertThat(original.header("Cache-Control")).contains("max-age=31536000", "immutable");
        assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(original.header("Content-Security-Policy")).contains("sandbox", "default-src 'none'");

        Download small = http.download("/media/" + key + "/w640");
        assertThat(small.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(small.body())).getWidth()).isEqualTo(640);
        assertThat(small.body().length).isLessThan(original.body().length);
        assertThat(http.download("/media/" + key + "/w9999").status()).isEqualTo(404);
        assertThat(http.download("/media/" + "0".repeat(32)).status()).isEqualTo(404);
    }

    @Test
    void webpPngAndGifImagesAndPdfDocumentsAreAccepted() {
        for (Map.Entry<String, byte[]> file : Map.of("photo.webp", TestImages.webp(), "chart.png", TestImages.png(700, 400),
                "logo.gif", TestImages.gif(120, 80), "report.pdf", TestImages.pdf()).entrySet()) {
            Response uploaded = upload(file.getKey(), file.getValue(), "");
            assertThat(uploaded.status()).as(file.getKey() + ": " + uploaded.mainText()).isEqualTo(302);
        }
        String webp = keyOf("photo.webp");
        assertThat(http.download("/media/" + webp + "/w640").header("Content-Type")).isEqualTo("image/jpeg");
        String pdf = keyOf("report.pdf");
        Download document = http.download("/media/" + pdf);
        assertThat(document.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(document.header("Content-Disposition")).startsWith("attachment;").contains("report.pdf");
        assertThat(document.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aFileIsServedInByteRanges() throws Exception {
        byte[] pdf = TestPdfs.clean();
        int length = pdf.length;
        Response uploaded = upload("ranges.pdf", pdf, "");
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String path = "/media/" + keyOf("ranges.pdf");

        HttpResponse<byte[]> full = get(path);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(full.body()).isEqualTo(pdf);

        HttpResponse<byte[]> first = get(path, "Range", "bytes=0-9");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + length);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(first.body()).isEqualTo(Arrays.copyOf(pdf, 10));

        HttpResponse<byte[]> last = get(path, "Range", "bytes=-6");
        assertThat(last.statusCode()).isEqualTo(206);
        assertThat(last.headers().firstValue("Content-Range"))
                .hasValue("bytes " + (length - 6) + "-" + (length - 1) + "/" + length);
        assertThat(new String(last.body(), StandardCharsets.ISO_8859_1)).isEqualTo("%%EOF\n");

        HttpResponse<byte[]> beyond = get(path, "Range", "bytes=" + length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + length);

        for (String malformed : List.of("bytes=abc", "bytes=9-2", "pages=1-2", "bytes=", "bytes=0-1,5-9")) {
            HttpResponse<byte[]> ignored = get(path, "Range", malformed);
            assertThat(ignored.statusCode()).as(malformed).isEqualTo(200);
            assertThat(ignored.body()).as(malformed).isEqualTo(pdf);
        }
        String etag = full.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "Range", "bytes=0-9", "If-Range", etag).statusCode()).isEqualTo(206);
        assertThat(get(path, "Range", "bytes=0-9", "If-Range", "\"another\"").statusCode()).as("changed since")
                .isEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aRenamedWebPageIsRefused() {
        refused("press-photo.jpg", "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "This file is a web page (HTML)");
    }

    @Test
    void anSvgWithAScriptIsRefused() {
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<script>alert(document.domain)</script><circle r=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
        refused("logo.svg", svg, "This file is an SVG drawing");
        refused("logo.png", svg, "This file is an SVG drawing");
    }

    @Test
    void polyglotsAreRefused() {
        refused("picture.png", UploadChecksTests.concat(TestImages.png(50, 50),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "holds something besides");
        refused("animation.gif", UploadChecksTests.gifWithComment("*/=alert(document.cookie)//"), "holds something besides");
        refused("photo.jpg", UploadChecksTests.jpegWithComment("<script>alert(1)</script>"), "holds something besides");
        refused("report.pdf", TestImages.pdf(" /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
                "contains scripts, actions or attached files");
    }

    @Test
    void scriptedPdfsAreRefusedHoweverTheyHideTheirScripts() {
        refused("escaped-javascript.pdf", TestPdfs.escapedJavaScriptLink(), "contains scripts, actions or attached files");
        refused("escaped-launch.pdf", TestPdfs.escapedLaunchLink(), "contains scripts, actions or attached files");
        refused("object-stream.pdf", TestPdfs.openActionInObjectStream(), "contains scripts, actions or attached files");
        refused("comments.pdf", TestPdfs.javaScriptBetweenStreamComments(), "contains scripts, actions or attached files");
        refused("broken.pdf", TestPdfs.unparseable(), "cannot be read to check it");
        Response clean = upload("annual-report.pdf", TestPdfs.clean(), "");
        assertThat(clean.status()).as(clean.mainText()).isEqualTo(302);
    }

    @Test
    void anImageOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
        refused("blank.png", UploadChecksTests.blankPng(7000, 7000),
                "This image is 7,000 × 7,000 pixels; the library takes images of up to 40 megapixels.");
    }

    @Test
    void aLargeImageGetsEveryRendition() throws IOException {
        Response uploaded = upload("panorama.jpg", TestImages.jpeg(5000, 3000), "The valley");
        assertThat(uploaded.status()).as(uploaded.mainText()).isEqualTo(302);
        String key = uploaded.location().replaceAll(".*/admin/media/([0-9a-f]{32}).*", "$1");
        assertThat(jdbc.sql("SELECT width FROM media_item WHERE media_key = :k").param("k", key).query(Integer.class)
                .single()).isEqualTo(5000);
        for (int width : new int[] {320, 640, 1024, 1600}) {
            Download rendition = http.download("/media/" + key + "/w" + width);
            assertThat(rendition.status()).isEqualTo(200);
            var image = ImageIO.read(new ByteArrayInputStream(rendition.body()));
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(Math.round(3000f * width / 5000));
        }
    }

    @Test
    void anOversizedFileIsRefusedWithTheLimit() {
        byte[] png = TestImages.png(10, 10);
        byte[] huge = Arrays.copyOf(png, 10 * 1024 * 1024 + 1);
        refused("huge.png", huge, "This file is 10.0 MB; the limit for this kind of file is 10.0 MB.");
    }

    @Test
    void aTruncatedImageIsRefused() {
        byte[] jpeg = TestImages.jpeg(400, 300);
        refused("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3), "This file is incomplete");
        byte[] png = TestImages.png(400, 300);
        refused("cut.png", Arrays.copyOf(png, png.length - 20), "This file is incomplete");
    }

    @Test
    void anImageNeedsAltTextOnceDescribed() {
        Response uploaded = upload("no-alt.png", TestImages.png(100, 100), "");
        String key = uploaded.location().replaceAll(".*/admin/media/([0-9a-f]{32}).*", "$1");
        assertThat(http.get("/admin/media/" + key).mainText()).contains("This image has no alt text");
        Response empty = http.post("/admin/media/" + key, Map.of("_csrf", http.csrf("/admin/media/" + key), "altText", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.mainText()).contains("Give the image a short description.");
        http.post("/admin/media/" + key, Map.of("_csrf", http.csrf("/admin/media/" + key), "altText", "A blue square"));
        assertThat(jdbc.sql("SELECT alt_text FROM media_item WHERE media_key = :k").param("k", key)
                .query(String.class).single()).isEqualTo("A blue square");
    }

    private void refused(String name, byte[] bytes, String message) {
        long before = jdbc.sql("SELECT COUNT(*) FROM media_item").query(Long.class).single();
        long files = jdbc.sql("SELECT COUNT(*) FROM media_file").query(Long.class).single();
        Response response = upload(name, bytes, "Alt");
        assertThat(response.status()).as(name).isEqualTo(400);
        assertThat(response.document().select("#upload-error").text()).as(name).contains(message);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_item").query(Long.class).single()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_file").query(Long.class).single()).isEqualTo(files);
    }

    private Response upload(String name, byte[] bytes, String altText) {
        String csrf = http.csrf("/admin/media");
        return http.upload("/admin/media", "file", name, bytes, Map.of("_csrf", csrf, "altText", altText));
    }

    private String keyOf(String fileName) {
        return jdbc.sql("SELECT media_key FROM media_item WHERE file_name = :n ORDER BY id DESC LIMIT 1")
                .param("n", fileName).query(String.class).single();
    }
}
