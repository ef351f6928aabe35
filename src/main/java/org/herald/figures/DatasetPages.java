package org.herald.figures;

import java.util.ArrayList;
import java.util.List;

import org.herald.i18n.Language;
import org.herald.web.SitePages;
import org.springframework.stereotype.Component;

/** The datasets' pages, for the sitemap. */
@Component
class DatasetPages implements SitePages {

    private final Datasets datasets;

    DatasetPages(Datasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public List<String> paths(Language language) {
        List<String> paths = new ArrayList<>(List.of(DatasetsController.PATH));
        datasets.all().forEach(dataset -> paths.add(DatasetsController.PATH + "/" + dataset.slug()));
        return paths;
    }
}
