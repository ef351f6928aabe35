/**
 * Partnerships: the organizations the organization works with (in {@code partner}, named in each
 * language and by aliases in {@code partner_name}, with the states that take part in them), and its
 * agreements with them (kind, parties and signatories, place, dates, status, the countries covered,
 * documents from the media library, the press releases that announce them). The names are the ones
 * imports recognize organizations by: the import rules screen and the partners screen edit one
 * list. Public pages list partners and agreements in every language; a release's page shows the
 * agreement it announces, a country's page the agreements covering it. Every change is audited and
 * written to the change log, so that every node's page cache and search index follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package org.herald.partners;
