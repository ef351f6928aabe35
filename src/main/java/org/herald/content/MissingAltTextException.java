package org.herald.content;

import java.util.List;

/**
 * The item shows images that have no alt text in the media library (or are not in it at all):
 * it cannot be published or scheduled until they have one. Nothing was changed.
 */
class MissingAltTextException extends RuntimeException {

    private final transient List<String> fileNames;

    public MissingAltTextException(List<String> fileNames) {
        super("images without alt text: " + fileNames);
        this.fileNames = List.copyOf(fileNames);
    }

    /** The images' file names (their keys for references to unknown images). */
    public List<String> fileNames() {
        return fileNames;
    }
}
