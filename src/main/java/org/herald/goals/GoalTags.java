package org.herald.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.herald.content.GroupField;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The goals and targets of a translation group, as a field of the content editor: the working
 * copy in {@code content_goal}, saved with the item; the public copy in
 * {@code published_content_goal}, copied when a version of the group is published. Both join the
 * transaction's writes, so that a tag is stored with the save (and its change-log entry) or not at all.
 */
@Component
class GoalTags implements GroupField {

    static final String FIELD = "goals";

    private final JdbcClient jdbc;
    private final Writes writes;
    private final GoalCodes codes;

    GoalTags(JdbcClient jdbc, Writes writes, GoalCodes codes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.codes = codes;
    }

    @Override
    public String name() {
        return FIELD;
    }

    @Override
    public String labelKey() {
        return "editor.goals";
    }

    @Override
    public String helpKey() {
        return "editor.goals.help";
    }

    @Override
    public String value(UUID group) {
        return GoalCodes.write(jdbc.sql("SELECT goal, target FROM content_goal WHERE translation_group = :group")
                .param("group", group)
                .query((rs, row) -> new GoalTag(rs.getInt(1), rs.getString(2).trim()))
                .list());
    }

    @Override
    public Optional<String> check(String value) {
        return codes.read(value).isPresent() ? Optional.empty() : Optional.of("error.goals.invalid");
    }

    @Override
    public void save(UUID group, String value) {
        List<GoalTag> tags = codes.read(value).orElseThrow(() -> new IllegalArgumentException("unchecked goals"));
        writes.sql("DELETE FROM content_goal WHERE translation_group = :group").param("group", group);
        if (!tags.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            tags.forEach(tag -> rows.add(new Object[] {group, tag.goal(), tag.target()}));
            writes.sql("INSERT INTO content_goal (translation_group, goal, target) VALUES :rows").param("rows", rows);
        }
    }

    @Override
    public void publish(UUID group) {
        writes.sql("DELETE FROM published_content_goal WHERE translation_group = :group").param("group", group);
        writes.sql("""
                INSERT INTO published_content_goal (translation_group, goal, target)
                SELECT translation_group, goal, target FROM content_goal WHERE translation_group = :group
                """).param("group", group);
    }
}
