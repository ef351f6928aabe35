/**
 * The organization's profile: facts about it (its name, the system it is part of, the year it
 * was founded, its number of member states, the countries it works in), each with the date it
 * was true and where it was stated. The "Who we are" page renders from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization profile")
package org.herald.organization;
