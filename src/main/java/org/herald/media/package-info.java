/**
 * Media: the library of uploaded images (JPEG, PNG, WebP, GIF) and PDF documents. Uploads are
 * checked from their bytes (never their names), refused when they are anything else or could
 * be read as a page or a script; images get resized renditions at upload, used with
 * {@code srcset}; everything is stored in the database so every node serves the same files.
 * Its back-office screens: the library and each item's page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package org.herald.media;
