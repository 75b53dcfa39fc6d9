package org.jdissect.bench;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * What a whole tree's nodes cost alone, with no dissection around them: one operation clears a pooled tree and adds
 * 116 items (four protocols of 28 fields, a quarter marked generated), about the 114 of {@link TcpBench#full}'s
 * Ethernet/IPv4/TCP packets. Its rate is the ceiling of any whole-tree dissection built on these nodes.
 */
public class NodeFloorBench extends LauncherSettings {
    private static final int PROTOCOLS = 4;
    private static final int FIELDS = 28;

    private final ProtoTree tree = new ProtoTree();
    private final FieldDef protocol = FieldDef.builder("p", "P", FieldType.PROTOCOL).build();
    private final FieldDef[] fields = new FieldDef[PROTOCOLS * FIELDS];
    private final ByteView bytes = ByteView.of(new byte[200]);

    @Setup
    public void setup() {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = FieldDef.builder("p.f" + i, "F" + i, FieldType.UINT32).build();
        }
    }

    @Benchmark
    public int nodes() {
        tree.clear();
        ProtoNode root = tree.root();
        int k = 0;
        for (int p = 0; p < PROTOCOLS; p++) {
            ProtoNode item = root.addItem(protocol, bytes, p * FIELDS, FIELDS);
            for (int j = 0; j < FIELDS; j++) {
                ProtoNode n = item.add(fields[k++], bytes, p * FIELDS + j, 1, j);
                if ((j & 3) == 0) {
                    n.generated();
                }
            }
        }
        return tree.size();
    }
}
