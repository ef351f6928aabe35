/**
 * What the features share in talking to the database, beyond Spring's {@code JdbcClient}:
 * {@link org.herald.store.Writes}, through which they write, and which decides how statements
 * go to the database (on PostgreSQL a transaction's writes together, in one round trip; on H2 one
 * by one; each sent before the transaction reads or commits), so that no feature needs a faster
 * twin of its write methods nor knows which database it runs on; and the {@code backup} command,
 * which copies the database as a whole. It owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Store")
package org.herald.store;
