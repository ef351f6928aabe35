package org.herald.content.backoffice;

import java.util.List;

import org.herald.content.ArticleKind;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.ItemSummary;
import org.herald.content.PageLayout;
import org.herald.i18n.Language;
import org.herald.people.ContactView;
import org.herald.people.Directory;
import org.herald.places.CountryName;
import org.herald.places.Countries;
import org.springframework.stereotype.Component;

/** The choices the editor form offers: kinds, languages, layouts, countries, contacts, parent pages. */
@Component
public class EditorOptions {

    private final Countries countries;
    private final Directory directory;
    private final EditorialContent content;

    EditorOptions(Countries countries, Directory directory, EditorialContent content) {
        this.countries = countries;
        this.directory = directory;
        this.content = content;
    }

    /** Everything the form lists, in the back office's language. */
    Choices choices(Language language) {
        return new Choices(List.of(ArticleKind.values()), List.of(Language.values()), List.of(PageLayout.values()),
                countries.all(language), directory.all(), content.list(ContentType.PAGE));
    }

    /** The lists of choices of the editor form. */
    public record Choices(List<ArticleKind> kinds, List<Language> languages, List<PageLayout> layouts,
                   List<CountryName> countries, List<ContactView> contacts, List<ItemSummary> pages) {
    }
}
