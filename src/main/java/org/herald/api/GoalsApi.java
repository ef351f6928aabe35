package org.herald.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.GoalDetail;
import org.herald.api.ApiViews.TaggedItem;
import org.herald.api.ApiViews.GoalList;
import org.herald.api.ApiViews.GoalSummary;
import org.herald.goals.GoalCount;
import org.herald.goals.Goals;
import org.herald.i18n.Language;
import org.herald.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/goals}: the 17 Sustainable Development Goals with what is published on each, as
 * the 2030 Agenda section and the goals' pages show them.
 */
@RestController
@Tag(name = "Goals")
@ApiErrors
class GoalsApi {

    private final Goals goals;
    private final ApiParameters parameters;

    GoalsApi(Goals goals, ApiParameters parameters) {
        this.goals = goals;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/goals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The 17 Sustainable Development Goals, titled in the language, with the number of "
            + "published items on each")
    GoalList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                  HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, GoalSummary.class);
        Language language = parameters.language(lang);
        return new GoalList(goals.counts(language).stream().map(count -> summary(count, language)).toList());
    }

    @GetMapping(value = "/api/v1/goals/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A Sustainable Development Goal with the newest articles and pages published on it")
    GoalDetail goal(@PathVariable String number, @RequestParam(required = false) String lang,
                    @RequestParam(required = false) String limit, @RequestParam(required = false) String fields,
                    HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "limit", "fields");
        parameters.fields(fields, request, GoalDetail.class);
        Language language = parameters.language(lang);
        int size = parameters.limit(limit);
        GoalCount found = goals.counts(language).stream()
                .filter(count -> String.valueOf(count.goal().number()).equals(number.trim()))
                .findFirst().orElseThrow(NotFoundException::new);
        GoalSummary summary = summary(found, language);
        return new GoalDetail(summary.number(), summary.title(), summary.count(), summary.path(),
                goals.published(found.goal().number(), language, size).stream().map(TaggedItem::of).toList());
    }

    private static GoalSummary summary(GoalCount count, Language language) {
        return new GoalSummary(count.goal().number(), count.goal().title(), count.count(),
                count.goal().path(language), "/api/v1/goals/" + count.goal().number() + "?lang=" + language.code());
    }
}
