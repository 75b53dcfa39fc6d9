package org.jdissect.api.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.LimitExceededException;
import org.junit.jupiter.api.Test;

/** Items and depth per packet tree are capped where nodes are allocated (tshark's gui.max_tree_items/depth). */
class ProtoTreeLimitsTest {
    private static final FieldDef F = FieldDef.builder("test.f", "F", FieldType.UINT8).build();
    private static final ByteView B = ByteView.of(new byte[4]);

    @Test
    void theItemPastTheCapThrowsWithWiresharksMessageAndTheMarkerStillFits() {
        ProtoTree t = new ProtoTree();
        t.limits(10, 500);
        for (int i = 0; i < 10; i++) {
            t.root().add(F, B, 0, 1, i);
        }
        assertThatThrownBy(() -> t.root().add(F, B, 0, 1, 10)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> {
                    assertThat(e.limit()).isEqualTo(Limit.TREE_ITEMS);
                    assertThat(e.getMessage()).isEqualTo("Adding test.f would put more than 10 items in the tree"
                            + " -- possible infinite loop (max number of items can be increased in advanced"
                            + " preferences)");
                    assertThat(e.getStackTrace()).isEmpty(); // cheap to throw on every hostile packet
                });
        // as Wireshark resets its count before throwing: the dissector-bug marker must still be added
        ProtoNode marker = t.root().addText(B, 0, 0, "[Dissector bug …]");
        marker.addText(B, 0, 0, "expert");
        assertThat(t.size()).isEqualTo(12);
        t.clear();
        for (int i = 0; i < 10; i++) {
            t.root().add(F, B, 0, 1, i);
        }
        assertThatThrownBy(() -> t.root().addText(B, 0, 0, "x"))
                .hasMessage("Adding text would put more than 10 items in the tree -- possible infinite loop (max number"
                        + " of items can be increased in advanced preferences)");
    }

    @Test
    void aNodeDeeperThanTheCapThrows() {
        ProtoTree t = new ProtoTree();
        t.limits(1000, 3);
        ProtoNode n = t.root();
        // as proto.c counts, the cap of 3 allows nodes two levels deep
        for (int i = 0; i < 2; i++) {
            n = n.add(F, B, 0, 1, i);
        }
        ProtoNode deepest = n;
        assertThatThrownBy(() -> deepest.add(F, B, 0, 1, 9)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> {
                    assertThat(e.limit()).isEqualTo(Limit.TREE_DEPTH);
                    assertThat(e.getMessage()).isEqualTo("Maximum tree depth 3 exceeded for \"F\" - \"test.f\""
                            + " (proto_tree_add_node:5972) (Maximum depth can be increased in advanced preferences)");
                });
        // siblings at the top stay possible: the marker goes to the root
        assertThat(t.root().addText(B, 0, 0, "marker")).isNotNull();
    }

    @Test
    void anUncappedTreeTakesAnyNumberOfNodes() {
        ProtoTree t = new ProtoTree();
        for (int i = 0; i < 100_000; i++) {
            t.root().add(F, B, 0, 1, i);
        }
        assertThat(t.size()).isEqualTo(100_000);
    }
}
