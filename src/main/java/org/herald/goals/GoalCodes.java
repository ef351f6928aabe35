package org.herald.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads goal and target codes as editors type them ("10.7, 5, 16.a") and checks each against the
 * goals' targets in {@code sdg_goal}: a goal from 1 to 17, a numbered target up to the goal's
 * count, a lettered one among its letters.
 */
@Component
class GoalCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{1,2})(?:\\.(\\d{1,2}|[a-z]))?");

    private final JdbcClient jdbc;
    /** Goal → its targets; the migrations are its only writer, so it is read once. */
    private final AtomicReference<Map<Integer, Targets>> targets = new AtomicReference<>();

    GoalCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tags a comma-separated list names, in order and without repeats; empty when one is no goal's or target's code. */
    Optional<List<GoalTag>> read(String typed) {
        TreeSet<GoalTag> tags = new TreeSet<>(GoalTag.ORDER);
        for (String code : typed.split("[,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Matcher matcher = CODE.matcher(code.trim().toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                return Optional.empty();
            }
            GoalTag tag = new GoalTag(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? "" : matcher.group(2).replaceFirst("^0+(?=\\d)", ""));
            Targets ofGoal = targets().get(tag.goal());
            if (ofGoal == null || !ofGoal.has(tag)) {
                return Optional.empty();
            }
            tags.add(tag);
        }
        return Optional.of(new ArrayList<>(tags));
    }

    /** The tags as an editor reads and types them. */
    static String write(List<GoalTag> tags) {
        return tags.stream().sorted(GoalTag.ORDER).map(GoalTag::code).collect(Collectors.joining(", "));
    }

    private Map<Integer, Targets> targets() {
        Map<Integer, Targets> known = targets.get();
        if (known == null) {
            known = jdbc.sql("SELECT number, numbered_targets, lettered_targets FROM sdg_goal")
                    .query((rs, row) -> new Targets(rs.getInt(1), rs.getInt(2), rs.getString(3).trim()))
                    .list().stream().collect(Collectors.toUnmodifiableMap(Targets::goal, t -> t));
            targets.set(known);
        }
        return known;
    }

    /** A goal's targets: numbered 1 to {@code numbered}, and one per letter of {@code lettered}. */
    private record Targets(int goal, int numbered, String lettered) {

        boolean has(GoalTag tag) {
            if (tag.target().isEmpty()) {
                return true;
            }
            if (tag.numbered()) {
                int number = Integer.parseInt(tag.target());
                return number >= 1 && number <= numbered;
            }
            return lettered.contains(tag.target());
        }
    }
}
