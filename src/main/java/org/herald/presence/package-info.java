/**
 * Where we work: the organization's regions (each with its regional office), and for every country
 * its presence (country office, sub-office, project presence, none) and its membership (member
 * state, observer, neither), each with the date it began. It counts member states and countries
 * of presence from these data and sets the counts beside the profile's stated facts, so that a
 * difference is seen and never overwritten. Its back-office screen edits regions and countries;
 * its public pages are the regions' pages and the map of presence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Where we work")
package org.herald.presence;
