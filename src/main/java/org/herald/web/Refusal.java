package org.herald.web;

import java.util.List;

/**
 * What a refused request means to the person who made it: its status and the message saying
 * why. A {@code problem} is a change the person asked for and cannot have (a move the state does
 * not allow, a stale save); on a back-office screen it is shown on the problem page with a way
 * back. Anything else is shown on the error page.
 *
 * @param args message arguments: a {@link String} is a message key, shown translated; a
 *             {@link Literal} is shown as it is
 */
public record Refusal(int status, String messageKey, List<Object> args, boolean problem) {

    /** A refused change, shown with a way back on back-office screens. */
    public static Refusal problem(int status, String messageKey, Object... args) {
        return new Refusal(status, messageKey, List.of(args), true);
    }

    /** A request that cannot be answered (nothing there, not allowed), shown on the error page. */
    public static Refusal error(int status, String messageKey) {
        return new Refusal(status, messageKey, List.of(), false);
    }

    /** A message argument shown as it is, not translated. */
    public record Literal(Object value) {
    }
}
