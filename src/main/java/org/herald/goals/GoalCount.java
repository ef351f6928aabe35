package org.herald.goals;

/**
 * A goal and how many published items (translation groups, each counted once) are about it, as
 * a list in one language shows them.
 */
public record GoalCount(Goal goal, int count) {
}
