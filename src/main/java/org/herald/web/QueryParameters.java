package org.herald.web;

/**
 * Reads query parameters of public pages strictly: a malformed value is a 400 that says which
 * parameter is wrong and what it should be, never a silently ignored filter or a 500.
 */
public final class QueryParameters {

    private static final int MAX_PAGE = 100_000;

    private QueryParameters() {
    }

    /** A 1-based page number; 1 when absent. */
    public static int page(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        Integer page = integer(raw);
        if (page == null || page < 1 || page > MAX_PAGE) {
            throw new BadRequestException("error.parameter.page", raw);
        }
        return page;
    }

    /** A four-digit year between 1900 and 2100; null when absent. */
    public static Integer year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Integer year = integer(raw);
        if (year == null || year < 1900 || year > 2100) {
            throw new BadRequestException("error.parameter.year", raw);
        }
        return year;
    }

    private static Integer integer(String raw) {
        String trimmed = raw.trim();
        if (!trimmed.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(trimmed);
    }
}
