package org.herald.web;

/**
 * Something that waits for the reader, shown on the back office's dashboard: "3 items in review".
 *
 * @param labelKey the message key of the line, given the count as its argument
 * @param count    how many
 * @param href     the list of them
 */
public record Waiting(String labelKey, long count, String href) {
}
