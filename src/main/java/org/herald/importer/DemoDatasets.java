package org.herald.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.figures.DatasetDetails;
import org.herald.figures.DatasetDetails.Text;
import org.herald.figures.DatasetUpload;
import org.herald.figures.UploadDataset;
import org.herald.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * A dataset written by the Herald team to show how datasets work (twenty countries over ten
 * years, values made up), marked as demonstration data everywhere it is shown. It is a CSV file
 * among the resources, stored through the same upload as an editor's file.
 */
@Component
class DemoDatasets {

    static final String FILE = "/figures/demo/international-migrant-stock.csv";
    private static final String DEMO = "Demonstration data written by the Herald team; not real figures.";

    private final UploadDataset upload;

    DemoDatasets(UploadDataset upload) {
        this.upload = upload;
    }

    void add(Actor seed) {
        byte[] content;
        try (InputStream in = DemoDatasets.class.getResourceAsStream(FILE)) {
            content = in.readAllBytes();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        Map<Language, Text> texts = Map.of(
                Language.EN, new Text("International migrant stock (demonstration)",
                        "Made-up numbers of international migrants living in twenty countries, 2014 to 2023, to show "
                                + "how datasets, their versions and downloads work. Not real figures."),
                Language.FR, new Text("Stock de migrants internationaux (démonstration)",
                        "Nombres inventés de migrants internationaux dans vingt pays, de 2014 à 2023, pour montrer le "
                                + "fonctionnement des jeux de données. Ce ne sont pas de vrais chiffres."),
                Language.ES, new Text("Población de migrantes internacionales (demostración)",
                        "Cifras inventadas de migrantes internacionales en veinte países, de 2014 a 2023, para mostrar "
                                + "cómo funcionan los conjuntos de datos. No son cifras reales."),
                Language.RU, new Text("Численность международных мигрантов (демонстрация)",
                        "Вымышленные данные о международных мигрантах в двадцати странах за 2014–2023 годы, "
                                + "показывающие работу наборов данных. Это не реальные цифры."),
                Language.AR, new Text("أعداد المهاجرين الدوليين (عرض توضيحي)",
                        "أعداد مختلقة للمهاجرين الدوليين في عشرين بلدًا من 2014 إلى 2023، لتوضيح طريقة عمل مجموعات "
                                + "البيانات. ليست أرقامًا حقيقية."),
                Language.ZH, new Text("国际移民存量（演示）",
                        "二十个国家 2014 至 2023 年虚构的国际移民人数，用于展示数据集的用法。并非真实数字。"));
        DatasetDetails details = new DatasetDetails("international-migrant-stock-demo", texts, DEMO,
                "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", LocalDate.of(2026, 12, 1),
                "Values written by hand for the demonstration: a base figure per country grown by a few per cent a "
                        + "year.", "people", "20 countries, 2014-2023", true, true);
        upload.upload(seed, new DatasetUpload(details, "international-migrant-stock.csv", content, null, false, false));
    }
}
