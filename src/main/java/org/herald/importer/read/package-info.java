/**
 * Reading each format into raw items: crawled text through the seed's parser, HTML pages with
 * their main content extracted by jsoup, WordPress WXR exports with StAX, and Herald's JSON
 * Lines. A raw item is what the source says; what it means is recovered afterwards.
 */
package org.herald.importer.read;
