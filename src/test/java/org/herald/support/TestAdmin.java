package org.herald.support;

/** The administrator account every test context starts with. */
public final class TestAdmin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD = "correct-horse-battery-staple-42";

    private TestAdmin() {
    }
}
