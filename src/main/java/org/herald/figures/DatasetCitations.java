package org.herald.figures;

import org.herald.i18n.Language;

/** How to cite a dataset's current version, for the API as for the pages and downloads. */
public final class DatasetCitations {

    private DatasetCitations() {
    }

    public static String citation(Dataset dataset, Language language, String organization, String baseUrl) {
        return DatasetExports.citation(dataset, dataset.version(), language, organization, baseUrl);
    }
}
