/**
 * Figures: values per country with their unit and source, for the Data and Research section.
 * So far the figures the importer finds stated in articles ("hosts an estimated 12 million
 * migrants"), each with the article as its source.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Figures")
package org.herald.figures;
