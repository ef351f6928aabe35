/**
 * The back office's screens: the content list, the article and page editor, publishing, and
 * the menu editor. Screens only compose the features' public services and actions; every
 * state change goes through an action, which checks the actor's permission itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.herald.admin;
