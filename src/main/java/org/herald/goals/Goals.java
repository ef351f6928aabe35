package org.herald.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The goals as the public sees them: their titles in a language, what is published on each (through
 * the public read model, so that nothing unpublished or embargoed is listed or counted), and the
 * public goals of content (for the search index).
 */
@Component
public class Goals {

    /** How many goals there are: the 2030 Agenda's 17. */
    public static final int COUNT = 17;

    private final JdbcClient jdbc;
    private final PublishedContent content;

    Goals(JdbcClient jdbc, PublishedContent content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    /** The 17 goals titled in the language, in order. */
    public List<Goal> all(Language language) {
        return jdbc.sql("SELECT goal, title FROM sdg_goal_title WHERE language = :language ORDER BY goal")
                .param("language", language.code())
                .query((rs, row) -> new Goal(rs.getInt(1), rs.getString(2)))
                .list();
    }

    /** The goal numbered so, titled in the language; empty for a number that is no goal's. */
    public Optional<Goal> find(int number, Language language) {
        return jdbc.sql("SELECT goal, title FROM sdg_goal_title WHERE goal = :goal AND language = :language")
                .param("goal", number).param("language", language.code())
                .query((rs, row) -> new Goal(rs.getInt(1), rs.getString(2)))
                .optional();
    }

    /** Every goal with the number of published items on it that a list in the language shows. */
    public List<GoalCount> counts(Language language) {
        Map<UUID, List<Integer>> goalsOfGroups = publicGoalsOfAll();
        Set<UUID> shown = content.groupsListedIn(language, goalsOfGroups.keySet());
        Map<Integer, Integer> counts = new HashMap<>();
        shown.forEach(group -> goalsOfGroups.get(group).forEach(goal -> counts.merge(goal, 1, Integer::sum)));
        return all(language).stream().map(goal -> new GoalCount(goal, counts.getOrDefault(goal.number(), 0))).toList();
    }

    /** The newest published items on the goal, as a list in the language shows them. */
    public List<PublishedSummary> published(int goal, Language language, int limit) {
        List<UUID> groups = jdbc.sql("SELECT DISTINCT translation_group FROM published_content_goal WHERE goal = :goal")
                .param("goal", goal)
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .list();
        return content.listedIn(language, groups, limit);
    }

    /** The goals a translation group's published versions are tagged with, in order; empty when none. */
    public List<Integer> publicGoalsOf(UUID group) {
        return jdbc.sql("""
                SELECT DISTINCT goal FROM published_content_goal WHERE translation_group = :group ORDER BY goal
                """)
                .param("group", group)
                .query(Integer.class)
                .list();
    }

    /** The public goals of every translation group that has any (for building the search index). */
    public Map<UUID, List<Integer>> publicGoalsOfAll() {
        Map<UUID, List<Integer>> goals = new HashMap<>();
        jdbc.sql("SELECT DISTINCT translation_group, goal FROM published_content_goal ORDER BY goal").query(rs -> {
            goals.computeIfAbsent(rs.getObject(1, UUID.class), group -> new ArrayList<>()).add(rs.getInt(2));
        });
        return goals;
    }

    /** The titles of the goals in the language, by number (a facet's labels). */
    public Map<Integer, String> titles(Language language) {
        Map<Integer, String> titles = new TreeMap<>();
        all(language).forEach(goal -> titles.put(goal.number(), goal.title()));
        return titles;
    }
}
