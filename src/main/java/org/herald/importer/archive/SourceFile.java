package org.herald.importer.archive;

/**
 * One file of an archive: its name (the path given, with "!/" and the entry's path for a file
 * inside a zip) and its bytes, or the reason it could not be read.
 */
public record SourceFile(String name, byte[] bytes, String failure) {

    static SourceFile read(String name, byte[] bytes) {
        return new SourceFile(name, bytes, null);
    }

    static SourceFile failed(String name, String failure) {
        return new SourceFile(name, null, failure);
    }

    public boolean isFailed() {
        return failure != null;
    }
}
