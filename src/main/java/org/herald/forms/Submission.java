package org.herald.forms;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A stored submission: its form, language, time, the e-mail address it gives and its values by field name. */
public record Submission(long id, long formId, String language, OffsetDateTime submittedAt, String email,
                         Map<String, List<String>> values) {
}
