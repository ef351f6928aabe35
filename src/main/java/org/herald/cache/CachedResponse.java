package org.herald.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A response as the cache keeps it: its status, the headers it was rendered with, its body as
 * rendered, gzipped and (where available) Brotli-compressed, its strong ETag, the keys it
 * depends on, and the instant after which it is stale by the clock alone (null: only a change
 * can make it stale).
 */
record CachedResponse(int status, Map<String, List<String>> headers, byte[] identity, byte[] gzip, byte[] brotli,
                      String etag, Set<String> keys, Instant expires) {

    CachedResponse(int status, Map<String, List<String>> headers, byte[] identity, byte[] gzip, byte[] brotli,
                   String etag, Set<String> keys) {
        this(status, headers, identity, gzip, brotli, etag, keys, null);
    }

    /** Whether the clock has made it stale. */
    boolean expired(Instant now) {
        return expires != null && !now.isBefore(expires);
    }

    /** What the entry costs the heap, roughly: its bodies and a little for the rest. */
    int weight() {
        return identity.length + gzip.length + (brotli == null ? 0 : brotli.length) + 512 + keys.size() * 48;
    }

    /** The ETag of one encoding of the body: each encoding is its own representation. */
    String etag(String encoding) {
        return encoding == null ? etag : etag.substring(0, etag.length() - 1) + "-" + encoding + "\"";
    }

    /** Whether an {@code If-None-Match} names any representation of this body. */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        String base = etag.substring(0, etag.length() - 1);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.startsWith(base)) {
                return true;
            }
        }
        return false;
    }
}
