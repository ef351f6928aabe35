package org.herald.outbox;

import java.util.List;

import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development mailbox: the newest mail of the outbox, sent or waiting. On the embedded
 * default, with no SMTP server configured, this is where mail can be read: it waits in the
 * outbox, never dropped, and goes out once a server is configured.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.OUTBOX_READ)
class MailboxAdminController {

    static final String PAGE = "/admin/outbox/mailbox";
    private static final int SIZE = 100;

    private final OutboxMessages messages;
    private final SmtpProperties smtp;

    MailboxAdminController(OutboxMessages messages, SmtpProperties smtp) {
        this.messages = messages;
        this.smtp = smtp;
    }

    @GetMapping(PAGE)
    String mailbox(Model model) {
        List<OutboxMessage> mail = messages.latest(Outbox.MAIL, SIZE);
        model.addAttribute("mail", mail);
        model.addAttribute("smtp", smtp.configured());
        return "outbox/mailbox";
    }
}
