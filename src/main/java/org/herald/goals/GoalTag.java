package org.herald.goals;

import java.util.Comparator;

/**
 * A goal an item is tagged with, and optionally one of its targets.
 *
 * @param goal   1 to 17
 * @param target the target's part after the goal's number ("7" of 10.7, "a" of 10.a); "" for the
 *               goal as a whole
 */
record GoalTag(int goal, String target) {

    /** Goal by goal; a goal's own tag, then its numbered targets in order, then its lettered ones. */
    static final Comparator<GoalTag> ORDER = Comparator.comparingInt(GoalTag::goal)
            .thenComparingInt(tag -> tag.target.isEmpty() ? -1 : tag.numbered() ? Integer.parseInt(tag.target) : 100)
            .thenComparing(GoalTag::target);

    boolean numbered() {
        return !target.isEmpty() && Character.isDigit(target.charAt(0));
    }

    /** As editors write it: "10" or "10.7". */
    String code() {
        return target.isEmpty() ? String.valueOf(goal) : goal + "." + target;
    }
}
