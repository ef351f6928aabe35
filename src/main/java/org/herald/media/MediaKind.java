package org.herald.media;

/** Whether a medium is shown (an image) or downloaded (a document). */
public enum MediaKind {
    IMAGE,
    DOCUMENT
}
