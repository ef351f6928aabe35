package org.herald.web;

/**
 * One link of the back office's navigation.
 *
 * @param order    its place: links are shown from the lowest order to the highest, whichever
 *                 module gives them
 * @param labelKey the message key of its label
 * @param href     where it leads
 */
public record BackOfficeLink(int order, String labelKey, String href) {
}
