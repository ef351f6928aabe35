package org.herald.web;

/**
 * A module's word on its own exceptions: which of them are refusals, with what status and
 * message. Each module that throws exceptions a person should understand provides one bean;
 * {@link ErrorPages}, the one place that answers failed requests, asks them all.
 */
public interface Refusals {

    /** The refusal the exception stands for, or null when it is not one of this module's. */
    Refusal of(Throwable exception);
}
