/**
 * People: offices and media contacts, with phone numbers kept in E.164 and shown in each
 * reader's format. Other features refer to contacts by id and ask this one for their details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.herald.people;
