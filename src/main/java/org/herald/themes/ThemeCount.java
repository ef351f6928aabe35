package org.herald.themes;

/** A theme and how many published items (translation groups, each counted once) a list in one language shows on it. */
public record ThemeCount(Theme theme, int count) {
}
