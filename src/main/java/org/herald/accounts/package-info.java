/**
 * Accounts: the people who work in the back office, their roles and what each role may do,
 * login, and the append-only audit log of who did what, when and from where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.herald.accounts;
