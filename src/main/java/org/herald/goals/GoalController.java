package org.herald.goals;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.herald.web.PageContexts;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A page per goal, under the 2030 Agenda section: the goal's title and the newest items published
 * on it, in the reader's language (an item with no version in it shows in its original's).
 */
@Controller
class GoalController {

    /** Where the goals' pages live, under each language: the seed's 2030 Agenda section page. */
    static final String AGENDA = "/2030-agenda";
    private static final int ITEMS_ON_GOAL_PAGE = 50;

    private final SiteLanguage siteLanguage;
    private final Goals goals;
    private final PageContexts contexts;

    GoalController(SiteLanguage siteLanguage, Goals goals, PageContexts contexts) {
        this.siteLanguage = siteLanguage;
        this.goals = goals;
        this.contexts = contexts;
    }

    @GetMapping("/{lang:[a-z]{2}}" + AGENDA + "/goal-{number:[1-9][0-9]?}")
    String goal(@PathVariable String lang, @PathVariable int number, Model model, HttpServletRequest request) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("ctx", contexts.of(request));
        Goal goal = goals.find(number, language).orElseThrow(NotFoundException::new);
        model.addAttribute("goal", goal);
        model.addAttribute("items", goals.published(number, language, ITEMS_ON_GOAL_PAGE));
        model.addAttribute("agenda", "/" + language.code() + AGENDA);
        return "goals/goal";
    }
}
