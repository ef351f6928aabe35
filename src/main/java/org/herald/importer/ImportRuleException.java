package org.herald.importer;

/** A change to the import's organizations or theme rules that was refused; the message is a message key. */
public class ImportRuleException extends RuntimeException {

    public ImportRuleException(String messageKey) {
        super(messageKey);
    }
}
