package org.herald.content;

/** The text fields of a revision: what a translator reads and a diff compares. */
record RevisionText(String title, String summary, String bodyMarkdown) {
}
