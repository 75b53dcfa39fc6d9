package org.jdissect.dissectors.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.tree.ProtoNode;
import org.junit.jupiter.api.Test;

/** A dissector that throws something other than a bounds error costs its packet a marker, never the capture. */
class DissectorBugTest {
    private static final int BUGGY_LINK = 147; // LINKTYPE_USER0

    /** Throws what a careless parser throws on a hostile packet. */
    static final class BuggyModule implements ProtocolModule {
        @Override
        public String name() {
            return "buggy";
        }

        @Override
        public void register(Registrar r) {
        }

        @Override
        public void handoff(Handoff h) {
            h.table(Engine.LINK_TABLE).add(BUGGY_LINK, "buggy", (tvb, ctx, tree) -> {
                ctx.setCurrentProto("BUGGY");
                if (tvb.u8(0) == 1) {
                    throw new NumberFormatException("For input string: \"x\"");
                }
                if (tvb.u8(0) == 2) {
                    return recurse(tvb.u8(0));
                }
                return tvb.capturedLength();
            });
        }

        private static int recurse(int n) {
            return recurse(n + 1) + 1;
        }
    }

    private static final Engine ENGINE = Engine.builder().addServices(Engine.class.getClassLoader())
            .add(new BuggyModule()).build();

    private static PacketContext dissect(Dissection d, long n, int linkType, byte... bytes) {
        return d.dissect(new PacketRecord().set(n, 1000, 0, bytes.length, linkType, ByteView.of(bytes)));
    }

    @Test
    void runtimeExceptionBecomesWiresharksDissectorBugMarkerAndTheNextPacketIsFine() {
        Dissection d = ENGINE.newDissection();
        PacketContext ctx = dissect(d, 1, BUGGY_LINK, (byte) 1);
        ProtoNode bug = ctx.tree().find("_ws.malformed");
        assertThat(bug).isNotNull();
        assertThat(bug.label()).isEqualTo(
                "[Dissector bug, protocol BUGGY: java.lang.NumberFormatException: For input string: \"x\"]");
        assertThat(ctx.tree().find("_ws.malformed.dissector_bug")).isNotNull();
        assertThat(ctx.tree().find("_ws.expert.message").obj())
                .isEqualTo("java.lang.NumberFormatException: For input string: \"x\"");
        // the marker is no layer: tshark's frame.protocols never names it
        assertThat(ctx.protocols().toString()).doesNotContain("_ws.malformed");

        ctx = dissect(d, 2, LinkType.RAW, (byte) 0x45, (byte) 0, (byte) 0, (byte) 20, (byte) 0, (byte) 0, (byte) 0,
                (byte) 0, (byte) 64, (byte) 253, (byte) 0, (byte) 0, (byte) 10, (byte) 0, (byte) 0, (byte) 1,
                (byte) 10, (byte) 0, (byte) 0, (byte) 2);
        assertThat(ctx.tree().find("_ws.malformed")).isNull();
        assertThat(ctx.tree().find("ip.src")).isNotNull();
    }

    @Test
    void runawayRecursionIsContainedToo() {
        Dissection d = ENGINE.newDissection();
        PacketContext ctx = dissect(d, 1, BUGGY_LINK, (byte) 2);
        assertThat(ctx.tree().find("_ws.malformed").label()).startsWith(
                "[Dissector bug, protocol BUGGY: java.lang.StackOverflowError");
        assertThat(dissect(d, 2, BUGGY_LINK, (byte) 0).tree().find("_ws.malformed")).isNull();
    }
}
