package org.herald.content;

import java.util.List;

/** One page of a longer list. {@code page} is 1-based; a page past the end is empty. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
