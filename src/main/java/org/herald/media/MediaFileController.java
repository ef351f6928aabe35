package org.herald.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves library files. A file never changes under its key, so it is cached for a year. Images
 * are shown inline; documents are always downloaded (served as attachments, with their real
 * type, never sniffed), and no file may run anything (the security headers give media a
 * sandboxing Content-Security-Policy). A single byte range is answered with 206 (a PDF viewer
 * or a resumed download asks for one); several ranges, a malformed {@code Range} header or an
 * {@code If-Range} that does not name this file get the whole file.
 */
@Controller
class MediaFileController {

    private final MediaStore store;

    MediaFileController(MediaStore store) {
        this.store = store;
    }

    /** The request's conditional and range headers. */
    record Conditions(String ifNoneMatch, String range, String ifRange) {
    }

    @GetMapping("/media/{key}")
    ResponseEntity<byte[]> original(@PathVariable String key,
                               @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag,
                               @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
                               @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) String ifRange) {
        return serve(key, "original", new Conditions(etag, range, ifRange));
    }

    @GetMapping("/media/{key}/{variant}")
    ResponseEntity<byte[]> rendition(@PathVariable String key, @PathVariable String variant,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag,
                                @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
                                @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) String ifRange) {
        if (!variant.matches("w\\d{2,5}")) {
            return ResponseEntity.notFound().build();
        }
        return serve(key, variant, new Conditions(etag, range, ifRange));
    }

    private ResponseEntity<byte[]> serve(String key, String variant, Conditions conditions) {
        if (!key.matches("[0-9a-f]{32}")) {
            return ResponseEntity.notFound().build();
        }
        String tag = "\"" + key + "-" + variant + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (tag.equals(conditions.ifNoneMatch())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).cacheControl(cache).build();
        }
        MediaItem item = store.find(key).orElse(null);
        MediaStore.StoredFile file = item == null ? null : store.file(key, variant).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        ContentDisposition disposition = (item.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(item.fileName(), StandardCharsets.UTF_8).build();
        HttpRange range = conditions.ifRange() == null || tag.equals(conditions.ifRange())
                ? singleRange(conditions.range()) : null;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(range == null ? HttpStatus.OK
                        : HttpStatus.PARTIAL_CONTENT)
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .eTag(tag)
                .cacheControl(cache)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        return range == null ? response.contentLength(file.bytes().length).body(file.bytes())
                : part(response, range, file.bytes());
    }

    /** 206 with the range's bytes, or 416 when the range starts past the end. */
    private static ResponseEntity<byte[]> part(ResponseEntity.BodyBuilder response, HttpRange range, byte[] bytes) {
        ResourceRegion region;
        try {
            // Spring resolves the range against the length (suffix ranges, ends past the file).
            region = range.toResourceRegion(new ByteArrayResource(bytes));
        } catch (IllegalArgumentException unsatisfiable) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + bytes.length)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .build();
        }
        int from = (int) region.getPosition();
        int to = from + (int) region.getCount();
        return response.header(HttpHeaders.CONTENT_RANGE, "bytes " + from + "-" + (to - 1) + "/" + bytes.length)
                .contentLength(to - from).body(Arrays.copyOfRange(bytes, from, to));
    }

    /** The one range asked for; null for none, several, or a header that does not parse (RFC 9110 lets us ignore it). */
    private static HttpRange singleRange(String header) {
        if (header == null) {
            return null;
        }
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            return ranges.size() == 1 ? ranges.get(0) : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
