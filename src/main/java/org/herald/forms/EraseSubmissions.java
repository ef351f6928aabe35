package org.herald.forms;

import java.util.Locale;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes every submission one person made, of every form, found by the e-mail address they gave,
 * with their notifications to the office in the outbox, sent or not: what a person asks for under data protection law.
 * The audit entry records how many were deleted, not the address.
 */
@Component
class EraseSubmissions {

    private final Submissions submissions;
    private final AuditLog audit;

    EraseSubmissions(Submissions submissions, AuditLog audit) {
        this.submissions = submissions;
        this.audit = audit;
    }

    /** How many submissions were deleted. */
    @Transactional
    int erase(Actor actor, String email) {
        actor.require(Permission.SUBMISSIONS_ERASE);
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!DefinitionCheck.EMAIL.matcher(address).matches()) {
            throw new FormRefused(java.util.Map.of("email", "forms.error.email"));
        }
        int deleted = submissions.deleteByEmail(address);
        audit.record(actor, "form.submissions.erase", SaveForm.ENTITY, null, deleted + " deleted");
        return deleted;
    }
}
