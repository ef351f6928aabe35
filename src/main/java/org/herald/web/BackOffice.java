package org.herald.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The back office's frame as the modules contribute it: the reader's {@link AdminView} with the
 * navigation of every {@link BackOfficeSection}, and what waits for the reader in each.
 */
@Component
public class BackOffice {

    private final BackOfficeReaders readers;
    private final List<BackOfficeSection> sections;

    BackOffice(BackOfficeReaders readers, List<BackOfficeSection> sections) {
        this.readers = readers;
        this.sections = sections;
    }

    /** The view of a back-office page for the request's reader, in the page's language. */
    public AdminView view(PageContext ctx, HttpServletRequest request) {
        BackOfficeReader reader = readers.of(request);
        List<BackOfficeLink> navigation = sections.stream().flatMap(section -> section.navigation(reader).stream())
                .sorted(Comparator.comparingInt(BackOfficeLink::order)).toList();
        return new AdminView(reader, ctx.language().locale(), navigation);
    }

    /** What waits for the reader, module by module, leaving out what is empty. */
    public List<Waiting> waiting(AdminView view) {
        return sections.stream().flatMap(section -> section.waiting(view.reader()).stream())
                .filter(entry -> entry.count() > 0).toList();
    }

    /** What the modules have to say about one content item, for its editor. */
    public List<Waiting> aboutItem(AdminView view, long itemId) {
        return sections.stream().flatMap(section -> section.aboutItem(view.reader(), itemId).stream()).toList();
    }
}
