/**
 * Accounts: the people who work in the back office, their roles and what each role may do,
 * sign-in (throttling, two factors, trusted devices), and the append-only audit log of who did
 * what, when and from where. Its back-office screens: the users, each person's own account, and
 * the audit log. It tells the web layer who reads a back-office page
 * ({@link org.herald.web.BackOfficeReaders}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.herald.accounts;
