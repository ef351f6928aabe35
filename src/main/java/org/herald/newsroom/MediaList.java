package org.herald.newsroom;

/** A named list of journalists a release can be sent to. */
public record MediaList(long id, String name, long members) {
}
