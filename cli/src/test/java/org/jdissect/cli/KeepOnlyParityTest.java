package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A tree that keeps one field holds exactly the items of that field (and the protocol items) that the whole tree
 * holds, with the same values, offsets, lengths and marks, for every field of the layers that skip groups of items
 * with one test ({@code ProtoNode.wantsAny}): a group that forgot a field it may add would lose that field here.
 */
class KeepOnlyParityTest {
    /** The layers whose dissectors test groups, and the expert items they add. */
    private static final List<String> PREFIXES = List.of("frame.", "eth.", "ip.", "tcp.", "_ws.expert");

    /** The abbreviations of the expert findings' own items, which an expert item holds. */
    private static final Set<String> EXPERTS = Engine.standard().experts().keySet();

    static Stream<String> captures() throws IOException {
        try (Stream<Path> s = Files.list(TestData.capture("x").getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void oneKeptFieldHasTheValuesOfTheWholeTree(String capture) throws IOException {
        Engine engine = Engine.standard();
        List<PacketRecord> packets = read(TestData.capture(capture));
        List<List<String>> whole = dissect(engine, packets, null);
        for (FieldDef f : engine.registry().all()) {
            if (f.type() == FieldType.PROTOCOL || PREFIXES.stream().noneMatch(f.abbrev()::startsWith)) {
                continue;
            }
            List<List<String>> kept = dissect(engine, packets, f);
            for (int i = 0; i < packets.size(); i++) {
                List<String> expected = whole.get(i).stream()
                        .filter(line -> line.startsWith(f.abbrev() + " ") || ownProtocol(line)).toList();
                assertThat(kept.get(i).stream().filter(line -> !line.startsWith("proto ") || ownProtocol(line)))
                        .as("%s frame %d keeping %s", capture, i + 1, f.abbrev()).isEqualTo(expected);
            }
        }
    }

    /**
     * The protocol items of the layers tested. Those above TCP are left out: TCP hands its payloads up only when
     * something kept may come from there (TcpStreams.belowPayload, PayloadSkipTest), so keeping a TCP field has no
     * HTTP item, keeping an expert item has.
     */
    private static boolean ownProtocol(String line) {
        return PROTOCOLS.stream().anyMatch(p -> line.startsWith("proto " + p + " "));
    }

    private static final List<String> PROTOCOLS = List.of("frame", "eth", "ip", "tcp");

    private static List<PacketRecord> read(Path p) throws IOException {
        List<PacketRecord> out = new ArrayList<>();
        try (CaptureReader r = Captures.open(p)) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                out.add(rec.copy());
            }
        }
        return out;
    }

    /** Each packet's items as lines, in tree order; {@code keep} null for the whole tree. */
    private static List<List<String>> dissect(Engine engine, List<PacketRecord> packets, FieldDef keep) {
        Dissection d = engine.newDissection().labels(false);
        if (keep != null) {
            d.keepOnly(List.of(keep));
        }
        List<List<String>> out = new ArrayList<>();
        for (PacketRecord rec : packets) {
            List<String> lines = new ArrayList<>();
            d.dissect(rec).tree().walk(n -> {
                if (n.def() != null) {
                    lines.add(line(n));
                }
            });
            out.add(lines);
        }
        return out;
    }

    private static String line(ProtoNode n) {
        Object v = n.obj() instanceof byte[] b ? Arrays.toString(b) : n.obj();
        // an expert's items cover the bytes of the item the finding is about, or of its nearest kept ancestor when
        // that item is not kept: their place is not comparable
        boolean expert = n.abbrev().startsWith(Expert.OWNER) || EXPERTS.contains(n.abbrev());
        String at = expert ? "" : " @" + n.sourceOffset() + "+" + n.length();
        String item = n.num() + " " + v + at + (n.isHidden() ? " hidden" : "") + (n.isGenerated() ? " generated" : "");
        return n.isProtocol() ? "proto " + n.abbrev() + " " + item : n.abbrev() + " " + item;
    }
}
