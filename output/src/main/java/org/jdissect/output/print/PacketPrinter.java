package org.jdissect.output.print;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;

/** One output mode: told about each dissected packet that passed the filter, then that the capture ended. */
public interface PacketPrinter {
    void packet(PacketContext ctx) throws IOException;

    default void finish() throws IOException {
    }
}
