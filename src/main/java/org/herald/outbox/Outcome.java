package org.herald.outbox;

/**
 * How one attempt ended.
 *
 * @param kind   sent; to retry later; failed for good (a bounce, a refused address); paused (the
 *               endpoint is disabled: kept until it is enabled again)
 * @param status the receiver's status (HTTP status, SMTP reply code), when it answered
 * @param detail what the receiver said, or what went wrong, short
 * @param millis how long the attempt took, -1 when only the batch's time is known
 */
record Outcome(Kind kind, Integer status, String detail, long millis) {

    enum Kind { SENT, RETRY, FAILED, PAUSED }

    static Outcome sent(Integer status) {
        return new Outcome(Kind.SENT, status, null, -1);
    }

    static Outcome retry(Integer status, String detail) {
        return new Outcome(Kind.RETRY, status, shorten(detail), -1);
    }

    static Outcome failed(Integer status, String detail) {
        return new Outcome(Kind.FAILED, status, shorten(detail), -1);
    }

    static Outcome paused(String detail) {
        return new Outcome(Kind.PAUSED, null, detail, -1);
    }

    /** The same outcome, taking {@code millis}. */
    Outcome took(long millis) {
        return new Outcome(kind, status, detail, millis);
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
