package org.herald.goals;

import org.herald.i18n.Language;

/**
 * A Sustainable Development Goal, titled in one language.
 *
 * @param number 1 to 17
 * @param title  its official short title ("Reduced inequalities")
 */
public record Goal(int number, String title) {

    /** The goal's page on the site, in the language. */
    public String path(Language language) {
        return "/" + language.code() + GoalController.AGENDA + "/goal-" + number;
    }
}
