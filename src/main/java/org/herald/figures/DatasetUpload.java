package org.herald.figures;

/**
 * A file to store as the next version of a dataset (its first, when the slug is new).
 *
 * @param mapping     the columns chosen, or null to take the guess from the header's names
 * @param windows1252 whether the editor says the file is in windows-1252 (read as UTF-8 otherwise,
 *                    unless a byte-order mark says UTF-16)
 * @param skipRefused whether rows that are refused are left out and the rest stored; otherwise a
 *                    single refused row stores nothing
 */
public record DatasetUpload(DatasetDetails details, String fileName, byte[] content, ColumnMapping mapping,
                            boolean windows1252, boolean skipRefused) {
}
