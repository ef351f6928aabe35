package org.herald.web;

/** Why a back-office request could not be done, for the problem page: the message, and where to go back to. */
public record Problem(int status, String message, String back) {
}
