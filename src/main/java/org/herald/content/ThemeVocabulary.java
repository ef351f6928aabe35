package org.herald.content;

/**
 * Which theme codes exist, for the editor to refuse a code that is no theme's (the themes module
 * keeps the taxonomy and provides this). Without a provider any well-formed code is taken.
 */
public interface ThemeVocabulary {

    /** Whether a theme has this code (as typed: trimmed and compared in lower case). */
    boolean exists(String code);
}
