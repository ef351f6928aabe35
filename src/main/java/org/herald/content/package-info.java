/**
 * Content: articles (press releases, news, stories, briefing notes) and pages, each language
 * version with its own slug and workflow state, a revision for every save, publishing into the
 * public read model that every public path reads, and the redirects that keep old URLs alive.
 * Its back-office screens (the editor, workflow, revisions, comparisons, translations, presence)
 * are in {@code content.backoffice}; they call the actions here like any other caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.herald.content;
