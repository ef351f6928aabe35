package org.herald.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.accounts.UserDirectory;
import org.herald.web.BadRequestException;
import org.herald.web.QueryParameters;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, searchable by who, what, which item, from where and when. */
@BackOfficeScreen
@Controller
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final CurrentActor actors;
    private final UserDirectory users;

    AuditAdminController(AuditLog audit, CurrentActor actors, UserDirectory users) {
        this.audit = audit;
        this.actors = actors;
        this.users = users;
    }

    @GetMapping("/admin/audit")
    @RequiresPermission(Permission.AUDIT_READ)
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) String address, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                  Model model, HttpServletRequest request) {
        Actor reader = actors.of(request);
        AuditLog.Query query = new AuditLog.Query(actor, action, entity, id(entityId), address, date(from, "from"),
                date(to, "to"), users.zoneOf(reader), QueryParameters.page(page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("filters", new AuditFilters(actor, action, entity, entityId, address, from, to));
        model.addAttribute("results", audit.search(reader, query));
        return "accounts/audit";
    }

    private static Long id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException malformed) {
            throw new BadRequestException("error.parameter.malformed", "entityId");
        }
    }

    private static LocalDate date(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException malformed) {
            throw new BadRequestException("error.parameter.malformed", name);
        }
    }
}
