package org.herald.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * sandboxing Content-Security-Policy).
 */
@Controller
class MediaFileController {

    private final MediaStore store;

    MediaFileController(MediaStore store) {
        this.store = store;
    }

    @GetMapping("/media/{key}")
    ResponseEntity<byte[]> original(@PathVariable String key,
                                    @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        return serve(key, "original", etag);
    }

    @GetMapping("/media/{key}/{variant}")
    ResponseEntity<byte[]> rendition(@PathVariable String key, @PathVariable String variant,
                                     @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        if (!variant.matches("w\\d{2,5}")) {
            return ResponseEntity.notFound().build();
        }
        return serve(key, variant, etag);
    }

    private ResponseEntity<byte[]> serve(String key, String variant, String ifNoneMatch) {
        if (!key.matches("[0-9a-f]{32}")) {
            return ResponseEntity.notFound().build();
        }
        String tag = "\"" + key + "-" + variant + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (tag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).cacheControl(cache).build();
        }
        MediaItem item = store.find(key).orElse(null);
        MediaStore.StoredFile file = item == null ? null : store.file(key, variant).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        ContentDisposition disposition = (item.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(item.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.bytes().length)
                .eTag(tag)
                .cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(file.bytes());
    }
}
