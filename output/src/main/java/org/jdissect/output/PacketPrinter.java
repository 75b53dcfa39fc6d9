package org.jdissect.output;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;

/**
 * One output mode at work: told about each dissected packet that passed the filter, in capture order, then that
 * the capture ended. Printers keep state across packets (tcpdump's relative sequence numbers and delta times, the
 * JSON array), so one printer serves one capture. Get one from {@link OutputMode#printer}.
 */
public interface PacketPrinter {
    /** Prints one packet; {@code ctx} and its tree are only valid during the call. */
    void packet(PacketContext ctx) throws IOException;

    /** Ends the output (closes the JSON array, for one); nothing by default. */
    default void finish() throws IOException {
    }

    /** This printer's output for each packet, then {@code next}'s; both are finished, in that order. */
    default PacketPrinter andThen(PacketPrinter next) {
        PacketPrinter first = this;
        return new PacketPrinter() {
            @Override
            public void packet(PacketContext ctx) throws IOException {
                first.packet(ctx);
                next.packet(ctx);
            }

            @Override
            public void finish() throws IOException {
                first.finish();
                next.finish();
            }
        };
    }
}
