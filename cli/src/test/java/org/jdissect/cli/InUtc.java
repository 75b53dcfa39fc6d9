package org.jdissect.cli;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(InUtc.class)}: the test class runs with UTC as the JVM's default time zone, then the previous
 * one is restored. The oracles were made with TZ=UTC, and frame.time and tcpdump's clock print local time.
 */
public final class InUtc implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(InUtc.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("saved", TimeZone.getDefault());
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TimeZone.setDefault(context.getStore(NS).get("saved", TimeZone.class));
    }
}
