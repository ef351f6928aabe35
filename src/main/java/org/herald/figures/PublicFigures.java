package org.herald.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.springframework.stereotype.Component;

/**
 * The figures the public may see: those stated in articles and pages that are published, each
 * with its source, through the public read model. A figure whose article is a draft, under
 * embargo or unpublished is in none of them; an unpublished article's figures leave every page,
 * chart, download and API answer with it (each reader depends on every item).
 */
@Component
public class PublicFigures {

    private final Figures figures;
    private final PublishedContent content;

    PublicFigures(Figures figures, PublishedContent content) {
        this.figures = figures;
        this.content = content;
    }

    /** The published figures about a country (null: any) stated in a year (null: any), largest first. */
    public List<SourcedFigure> find(String countryCode, Integer year) {
        List<Figure> stated = countryCode == null ? figures.all() : figures.forCountry(countryCode);
        Map<Long, PublishedSummary> sources = content.summariesOf(
                stated.stream().map(Figure::sourceContentId).collect(Collectors.toSet()));
        List<SourcedFigure> shown = new ArrayList<>();
        for (Figure figure : stated) {
            PublishedSummary source = sources.get(figure.sourceContentId());
            if (source != null && (year == null || source.releaseDate() != null && source.releaseDate().getYear() == year)) {
                shown.add(new SourcedFigure(figure, source));
            }
        }
        return shown;
    }

    /** The largest published figure about each country, largest first: what the bar chart compares. */
    public static List<SourcedFigure> largestPerCountry(List<SourcedFigure> found) {
        Map<String, SourcedFigure> largest = new LinkedHashMap<>();
        found.forEach(figure -> largest.putIfAbsent(figure.figure().countryCode(), figure));
        return List.copyOf(largest.values());
    }
}
