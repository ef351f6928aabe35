package org.herald.web;

/** What the error page shows: the status, a title and a sentence telling the reader what to do. */
public record ErrorInfo(int status, String title, String message) {
}
