package org.herald.forms;

/** A form as stored: its id, its address (slug), its definition and the version an edit starts from. */
public record StoredForm(long id, String slug, FormDefinition definition, String json, int version) {

    /** The form's public address in a language. */
    public String path(org.herald.i18n.Language language) {
        return "/" + language.code() + "/forms/" + slug;
    }
}
