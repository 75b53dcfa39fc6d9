package org.jdissect.api.dissect;

/**
 * A protocol's entry point into the engine; the built-in dissectors and plugins implement the same interface and
 * are found with {@link java.util.ServiceLoader} ({@code META-INF/services/org.jdissect.api.dissect.ProtocolModule}).
 *
 * <p>Two phases, as Wireshark's proto_register/proto_reg_handoff: every module first {@link #register registers}
 * its fields and the tables it owns; then every module {@link #handoff hands off}, binding its dissectors into
 * tables that others own. A module may thus bind into a table whose module is listed after it.
 */
public interface ProtocolModule {
    /** The plugin API version this module was built against; see {@link ApiVersion}. */
    default int apiVersion() {
        return ApiVersion.CURRENT;
    }

    /** A short name for messages (usually the protocol's filter name). */
    String name();

    void register(Registrar r);

    default void handoff(Handoff h) {
    }
}
