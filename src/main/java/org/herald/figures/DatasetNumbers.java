package org.herald.figures;

import java.math.BigDecimal;

import com.ibm.icu.text.NumberFormat;

import org.herald.i18n.Language;

/** A dataset's value as a reader of the page's language writes it ("12,345.6", "12 345,6", "١٢٬٣٤٥٫٦"). */
public final class DatasetNumbers {

    private DatasetNumbers() {
    }

    public static String format(BigDecimal value, Language language) {
        NumberFormat format = NumberFormat.getInstance(language.locale());
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }
}
