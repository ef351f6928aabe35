/**
 * Forms (Get involved, Take action): form pages that editors build from fields (text, e-mail,
 * phone, choice, checkboxes, long text, country, consent), each labelled in every language, kept
 * as a definition in {@code form}; the public's submissions, in {@code form_submission}, with their
 * language and time, exported as CSV and deleted when the form's retention period has passed or
 * when an administrator erases one person's; the e-mail to the office that each submission puts
 * in the outbox, in the same transaction (and that leaves the outbox with it). Spam is held off without third
 * parties: a honeypot field, a signed timestamp giving a minimum time to fill, a limit per address
 * and a limit on size.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
package org.herald.forms;
