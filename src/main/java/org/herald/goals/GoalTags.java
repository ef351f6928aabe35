package org.herald.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.herald.changes.ChangeLog;
import org.herald.content.GroupField;
import org.herald.content.PublishedContent;
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
    private final PublishedContent content;
    private final ChangeLog changes;

    GoalTags(JdbcClient jdbc, Writes writes, GoalCodes codes, PublishedContent content, ChangeLog changes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.codes = codes;
        this.content = content;
        this.changes = changes;
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
        return GoalCodes.write(working(group));
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

    /**
     * Makes the working copy public when it differs from what is. Every published version of the
     * group is then about other goals: each is logged as changed, so that every node indexes it
     * again (the search facet) and evicts the pages that show it, not only the version being
     * published.
     */
    @Override
    public void publish(UUID group) {
        if (new HashSet<>(working(group)).equals(new HashSet<>(published(group)))) {
            return;
        }
        writes.sql("DELETE FROM published_content_goal WHERE translation_group = :group").param("group", group);
        writes.sql("""
                INSERT INTO published_content_goal (translation_group, goal, target)
                SELECT translation_group, goal, target FROM content_goal WHERE translation_group = :group
                """).param("group", group);
        content.translations(group).forEach(version -> changes.record("content_item", version.itemId(),
                version.language().code(), "goals"));
    }

    private List<GoalTag> working(UUID group) {
        return jdbc.sql("SELECT goal, target FROM content_goal WHERE translation_group = :group")
                .param("group", group).query(GoalTags::tag).list();
    }

    private List<GoalTag> published(UUID group) {
        return jdbc.sql("SELECT goal, target FROM published_content_goal WHERE translation_group = :group")
                .param("group", group).query(GoalTags::tag).list();
    }

    private static GoalTag tag(ResultSet rs, int row) throws SQLException {
        return new GoalTag(rs.getInt(1), rs.getString(2).trim());
    }
}
