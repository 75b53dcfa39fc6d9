package org.jdissect.api.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.api.Test;

class ExpertTest {
    static final ExpertDef SYN = ExpertDef.of("tcp.connection.syn", ExpertGroup.SEQUENCE, ExpertSeverity.CHAT,
            "Connection establish request (SYN)");

    @Test
    void expertItemIsLaidOutAsTsharkShowsIt() {
        ProtoTree tree = new ProtoTree();
        ProtoNode flag = tree.root().addItem(FieldDef.builder("tcp.flags.syn", "Syn", FieldType.BOOLEAN).build(),
                ByteView.of(new byte[] {2}), 0, 1);
        ProtoNode e = Expert.add(flag, SYN, "Connection establish request (SYN): server port 80", "TCP");

        List<String> lines = new ArrayList<>();
        lines.add(render(e));
        for (ProtoNode c = e.firstChild(); c != null; c = c.next()) {
            if (!c.isHidden()) {
                lines.add("    " + render(c));
            }
        }
        assertThat(lines).containsExactly(
                "[Expert Info (Chat/Sequence): Connection establish request (SYN): server port 80]",
                "    [Connection establish request (SYN): server port 80]",
                "    [Severity level: Chat]",
                "    [Group: Sequence]");
        assertThat(e.find("_ws.expert.message").obj()).isEqualTo("Connection establish request (SYN): server port 80");
        assertThat(FieldFormat.value(e.find("_ws.expert.severity"))).isEqualTo("2097152");
        assertThat(FieldFormat.value(e.find("_ws.expert.group"))).isEqualTo("33554432");
        assertThat(Expert.item(e)).isEqualTo(new Expert.Item(SYN, "Connection establish request (SYN): server port 80",
                "TCP"));
        assertThat(e.find(SYN.field())).isNotNull();
    }

    @Test
    void anExpertsFieldMustBeValuelessAndCarryItsAbbreviation() {
        assertThat(SYN.field().abbrev()).isEqualTo("tcp.connection.syn");
        assertThat(SYN.field().type()).isEqualTo(FieldType.NONE);
        assertThatThrownBy(() -> new ExpertDef("tcp.x", ExpertGroup.SEQUENCE, ExpertSeverity.NOTE, "x",
                FieldDef.builder("tcp.y", "y", FieldType.NONE).build())).isInstanceOf(IllegalArgumentException.class);
    }

    private static String render(ProtoNode n) {
        String l = FieldFormat.label(n);
        return n.isGenerated() ? "[" + l + "]" : l;
    }
}
