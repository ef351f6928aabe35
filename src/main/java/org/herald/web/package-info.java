/**
 * What every module's web layer shares: the page context each template gets (language, messages,
 * the frame's name and menu, CSRF token), the one mapping of failures to error pages, problem
 * pages and JSON errors (modules say what their own exceptions mean through {@link
 * org.herald.web.Refusals}), strict reading of parameters, dates shown in a zone, and the
 * {@link org.herald.web.BackOfficeScreen} marker with which any module's controller joins the
 * back office. It depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.herald.web;
