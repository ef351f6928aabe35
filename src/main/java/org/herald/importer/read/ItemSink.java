package org.herald.importer.read;

/** Receives what a reader finds in a file: items, or the reason an item or the file failed. */
public interface ItemSink {

    void item(RawItem item);

    void failed(String source, String reason);
}
