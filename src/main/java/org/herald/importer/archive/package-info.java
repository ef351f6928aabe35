/**
 * Reading an archive safely: files, folders and zips walked one file at a time (zip entries
 * leaving their folder refused, sizes capped against zip bombs), each file's encoding and
 * format detected rather than asked.
 */
package org.herald.importer.archive;
