package org.herald.newsroom;

import java.time.OffsetDateTime;

/** One opening of a preview link: when, from which address, with which browser. */
public record PreviewView(long linkId, String recipient, OffsetDateTime viewedAt, String remoteAddr,
                          String userAgent) {
}
