package org.herald.goals;

import java.util.List;

import org.herald.i18n.Language;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/** The 17 goals' pages, for the sitemap. */
@Component
class GoalPages implements SitePages {

    private final Goals goals;

    GoalPages(Goals goals) {
        this.goals = goals;
    }

    @Override
    public List<String> paths(Language language) {
        return goals.all(language).stream().map(goal -> GoalController.AGENDA + "/goal-" + goal.number()).toList();
    }
}
