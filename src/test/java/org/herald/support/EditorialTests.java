package org.herald.support;

/**
 * The back-office tests (workflow, media, embargo, security, the authorization matrix, the
 * browser paths) publish, schedule and add menu entries by the dozen. They share a test context
 * of their own, set apart by this property, so that the public-site and seed tests keep theirs
 * as the seed left it.
 */
public final class EditorialTests {

    /** A property that only marks the context: {@code @TestPropertySource(properties = CONTEXT)}. */
    public static final String CONTEXT = "herald.test.context=editorial";

    private EditorialTests() {
    }
}
