/**
 * What the features share in talking to the database, beyond Spring's {@code JdbcClient}: a
 * pipeline that sends a transaction's writes to PostgreSQL together, in one round trip, instead
 * of one trip each; and the {@code backup} command, which copies the database as a whole. It
 * owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Store")
package org.herald.store;
