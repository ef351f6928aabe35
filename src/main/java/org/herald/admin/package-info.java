/**
 * The back office's frame only: its home, the dashboard, which shows what waits for the
 * signed-in person and the list of content. Its layout is {@code jte/layout/admin.jte}; its
 * navigation and the dashboard's entries come from each module's
 * {@link org.herald.web.BackOfficeSection}, so adding a feature never means editing this module.
 * Every other back-office screen lives in the module it belongs to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.herald.admin;
