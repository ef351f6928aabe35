package org.herald.media;

/**
 * An upload refused because the node's image and PDF workers stayed busy for the whole wait.
 * Nothing is wrong with the file: the same upload a minute later will go through (a web layer
 * may answer 503 with {@code Retry-After} for it; as an {@link UploadRefusedException} it is at
 * least refused with its reason).
 */
public class MediaBusyException extends UploadRefusedException {

    public MediaBusyException() {
        super("library.error.busy");
    }
}
