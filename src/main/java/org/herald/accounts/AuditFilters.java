package org.herald.accounts;

/** The filter form's fields as typed, to show them again. */
public record AuditFilters(String actor, String action, String entity, String entityId, String address,
                           String from, String to) {

    /** The query string of these filters with another page number. */
    public String withPage(int page) {
        StringBuilder query = new StringBuilder("?page=" + page);
        append(query, "actor", actor);
        append(query, "action", action);
        append(query, "entity", entity);
        append(query, "entityId", entityId);
        append(query, "address", address);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
