package org.herald.api;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.careers.Vacancies;
import org.herald.careers.VacancyFilter;
import org.herald.careers.VacancyListing;
import org.herald.careers.VacancyTerms;
import org.herald.i18n.Language;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/vacancies}: the vacancies open now, as the Work with us list shows them, with the
 * same filters. A vacancy leaves the answer at its closing instant.
 */
@RestController
@Tag(name = "Work with us")
@ApiErrors
class VacanciesApi {

    private final Vacancies vacancies;
    private final ApiParameters parameters;

    VacanciesApi(Vacancies vacancies, ApiParameters parameters) {
        this.vacancies = vacancies;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/vacancies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The vacancies open now, closing first first, filtered by duty station, country, grade, "
            + "contract type or language required")
    VacancyList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String city,
                     @RequestParam(required = false) String country, @RequestParam(required = false) String grade,
                     @RequestParam(required = false) String contract, @RequestParam(required = false) String language,
                     HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "city", "country", "grade", "contract", "language");
        Language in = parameters.language(lang);
        VacancyFilter filter = VacancyFilter.read(request.getParameterMap(), Set.of("lang"));
        return new VacancyList(vacancies.open(in, filter).stream().map(VacancySummary::of).toList());
    }

    @Schema(description = "The vacancies open now.")
    public record VacancyList(List<VacancySummary> items) {
    }

    @Schema(description = "An open vacancy.")
    public record VacancySummary(
            @Schema(example = "VN-2026-001") String reference,
            @Schema(description = "Its title in the language; in its original's where it has no translation")
            String title,
            @Schema(description = "Language code of the title") String titleLanguage,
            @Schema(example = "P-3") String grade,
            @Schema(example = "Minsk") String city,
            @Schema(description = "ISO 3166-1 code of the duty station's country", example = "BY") String country,
            @Schema(description = "The duty station's time zone", example = "Europe/Minsk") String timeZone,
            @Schema(description = "fixed-term, temporary, consultancy or internship") String contract,
            @Schema(types = {"string", "null"}, example = "12 months") String duration,
            @Schema(description = "Codes of the languages required") List<String> languages,
            @Schema(description = "When applications open (UTC)", format = "date-time") String opens,
            @Schema(description = "When applications close (UTC)", format = "date-time") String closes,
            @Schema(description = "Where to apply: a web address or a mailto: address") String apply,
            @Schema(description = "Written by the Herald team for the demo, not a real vacancy") boolean demonstration,
            @Schema(description = "Address of its page on the site") String path) {

        static VacancySummary of(VacancyListing listing) {
            VacancyTerms terms = listing.terms();
            return new VacancySummary(terms.reference(), listing.item().title(), listing.item().language().code(),
                    terms.grade(), terms.city(), terms.country(), terms.zone().getId(), terms.contract().slug(),
                    terms.duration(), terms.languages(), terms.opens().toString(), terms.closes().toString(),
                    terms.applyHref(), terms.demonstration(), listing.item().path());
        }
    }
}
