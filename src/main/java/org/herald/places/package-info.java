/**
 * Places: every country of ISO 3166-1 with its names in each language (from the JDK), member
 * states, and finding the countries a text mentions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.herald.places;
