package org.herald.web;

import jakarta.servlet.http.HttpServletRequest;

/** Who reads a back-office page; provided by the module that owns the accounts. */
public interface BackOfficeReaders {

    /** The signed-in reader of the request. */
    BackOfficeReader of(HttpServletRequest request);
}
