package org.herald.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * A vacancy written by the Herald team for the demo, marked as demonstration: in Minsk, where the
 * seed's office is, open from the first start and closing 30 days later, so that Work with us shows
 * a vacancy and, a month on, shows it closed.
 */
@Component
class DemoVacancy {

    /** How long the demo vacancy stays open after the first start. */
    static final Duration OPEN_FOR = Duration.ofDays(30);
    static final String SLUG = "demonstration-programme-assistant-minsk";

    private final SaveContent save;
    private final PublishContent publish;
    private final Clock clock;

    DemoVacancy(SaveContent save, PublishContent publish, Clock clock) {
        this.save = save;
        this.publish = publish;
        this.clock = clock;
    }

    void add(Actor seed) {
        Instant opens = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String terms = String.join("\n", "reference = DEMO-2026-001", "grade = G-5", "duty-station = Minsk, BY",
                "contract = fixed-term", "duration = 12 months", "languages = en, ru", "opens = " + opens,
                "closes = " + opens.plus(OPEN_FOR), "apply = vacancies@example.org", "demonstration = yes");
        String body = """
                *Demonstration vacancy, written by the Herald team: it is not a real position. The organization \
                replaces it with its own vacancies.*

                The programme assistant supports the country office's migration management projects: planning \
                meetings with partners, following budgets and writing reports in English and Russian.
                """;
        ContentDraft draft = new ContentDraft(ContentType.VACANCY, null, Language.EN,
                "Programme Assistant (demonstration), Minsk", SLUG,
                "A demonstration vacancy in the country office in Minsk.", body, null, false, null, null, null,
                PageLayout.STANDARD, false, List.of("BY"), List.of());
        publish.publish(seed, save.create(seed, draft, null, Map.of("vacancy", terms)));
    }
}
