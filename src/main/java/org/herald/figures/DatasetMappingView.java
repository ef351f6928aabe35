package org.herald.figures;

import java.util.List;

/**
 * What the mapping screen shows of a waiting file: what was detected, its header and first rows,
 * and the form as typed.
 */
public record DatasetMappingView(long upload, String fileName, String encoding, String delimiter, int rows,
                                 List<String> header, List<List<String>> preview, DatasetForm form) {

    public String get(String field) {
        return form.get(field);
    }

    public boolean checked(String field) {
        return form.checked(field);
    }
}
