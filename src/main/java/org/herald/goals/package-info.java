/**
 * The 2030 Agenda: the 17 Sustainable Development Goals with their short titles in the site's
 * languages and the targets of each (data, in {@code sdg_goal} and {@code sdg_goal_title}); the
 * goals and targets content is tagged with, edited in the article and page editor as a
 * {@link org.herald.content.GroupField} and made public when the item is published; the public
 * page of each goal, and the 2030 Agenda section's list of the goals with their counts. What is
 * listed comes from the public read model, so a draft or an embargoed item never shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "2030 Agenda")
package org.herald.goals;
