package org.jdissect.api.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.field.FieldType;
import org.junit.jupiter.api.Test;

/** A tree that keeps only some fields: what is built, where wanted children go, and that phantoms ignore setters. */
class KeepOnlyTest {
    private static final FieldDef PROTO = FieldDef.builder("p", "P", FieldType.PROTOCOL).build();
    private static final FieldDef GROUP = FieldDef.builder("p.flags", "Flags", FieldType.UINT8).build();
    private static final FieldDef BIT = FieldDef.builder("p.flags.x", "X", FieldType.BOOLEAN).build();
    private static final FieldDef OTHER = FieldDef.builder("p.other", "Other", FieldType.UINT16).build();
    private static final ByteView DATA = ByteView.of(new byte[] {1, 2, 3, 4});

    private static List<String> abbrevs(ProtoTree t) {
        List<String> out = new ArrayList<>();
        t.walk(n -> out.add(n.abbrev() + "<" + (n.parent().def() == null ? "root" : n.parent().abbrev())));
        return out;
    }

    private static void build(ProtoTree t) {
        ProtoNode p = t.root().addItem(PROTO, DATA, 0, 4);
        ProtoNode g = p.add(GROUP, DATA, 0, 1, 5).label("Flags: 5").generated();
        g.add(BIT, DATA, 0, 1, 1).hidden();
        p.add(OTHER, DATA, 1, 2, 0x203);
        p.addText(DATA, 3, 1, "a line");
    }

    @Test
    void wholeTreeByDefault() {
        ProtoTree t = new ProtoTree();
        build(t);
        assertThat(abbrevs(t)).containsExactly("p<root", "p.flags<p", "p.flags.x<p.flags", "p.other<p", "null<p");
        assertThat(t.keepsAll()).isTrue();
    }

    @Test
    void keepsProtocolsAndTheNamedFieldsUnderTheirNearestKeptAncestor() {
        ProtoTree t = new ProtoTree();
        t.keepOnly(FieldSet.of(List.of(BIT)));
        build(t);
        assertThat(abbrevs(t)).containsExactly("p<root", "p.flags.x<p");
        ProtoNode bit = t.find(BIT);
        assertThat(bit.num()).isEqualTo(1);
        assertThat(bit.isHidden()).isTrue();
        assertThat(bit.offset()).isZero();
        assertThat(bit.length()).isEqualTo(1);
        assertThat(t.keeps(PROTO)).isTrue();
        assertThat(t.keeps(OTHER)).isFalse();
    }

    @Test
    void aGroupIsWantedWhenAnyOfItsFieldsIsKept() {
        FieldDef far = new FieldDef("q.far", "Far", FieldType.UINT8, null, 0, 0, null, null, null, 1000);
        FieldSet flags = FieldSet.of(GROUP, BIT);
        FieldSet spread = FieldSet.of(OTHER, far);
        ProtoTree t = new ProtoTree();
        assertThat(t.keepsAny(flags)).isTrue();
        t.keepOnly(FieldSet.of(List.of(BIT)));
        assertThat(t.keepsAny(flags)).isTrue();
        assertThat(t.keepsAny(spread)).isFalse();
        assertThat(t.keepsAny(FieldSet.of(PROTO))).isTrue();
        t.keepOnly(FieldSet.of(List.of(far)));
        assertThat(t.root().wantsAny(spread)).isTrue();
        assertThat(t.root().wantsAny(flags)).isFalse();
        t.keepOnly(FieldSet.empty());
        assertThat(t.keepsAny(spread)).isFalse();
    }

    @Test
    void aPhantomStoresNothingAndStandsInForItsHost() {
        ProtoTree t = new ProtoTree();
        t.keepOnly(FieldSet.empty());
        ProtoNode p = t.root().addItem(PROTO, DATA, 0, 4);
        ProtoNode ph = p.add(OTHER, DATA, 1, 2, 7);
        assertThat(ph.isPhantom()).isTrue();
        ph.label("x").appendLabel("y").generated().hidden().setValue(9).setObj("o").setLength(1).flags(3);
        ph.detach();
        assertThat(ph.label()).isNull();
        assertThat(ph.num()).isZero();
        assertThat(ph.isHidden()).isFalse();
        assertThat(ph.source()).isSameAs(p.source());
        assertThat(ph.length()).isEqualTo(4);
        assertThat(ph.add(OTHER, DATA, 0, 1, 1)).isSameAs(ph);
        assertThat(p.firstChild()).isNull();
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void keepingIsPerPacketTreeAndCanBeLifted() {
        ProtoTree t = new ProtoTree();
        t.keepOnly(FieldSet.of(List.of(OTHER)));
        build(t);
        assertThat(abbrevs(t)).containsExactly("p<root", "p.other<p");
        t.clear();
        t.keepOnly(null);
        build(t);
        assertThat(abbrevs(t)).hasSize(5);
    }

    @Test
    void aSmallerPacketLeavesNothingOfABigOnePinned() {
        ProtoTree t = new ProtoTree();
        byte[] big = new byte[1 << 20];
        ProtoNode p = t.root().addItem(PROTO, ByteView.of(big), 0, big.length);
        p.addObj(OTHER, ByteView.of(big), 0, 2, big).label("x");
        p.add(GROUP, ByteView.of(big), 2, 1, 1).appendLabel("y");
        t.clear();
        ProtoNode small = t.root().addItem(PROTO, DATA, 0, 4);
        // the reused node is wholly the new packet's
        assertThat(small.source()).isSameAs(DATA);
        assertThat(small.obj()).isNull();
        assertThat(small.label()).isNull();
        assertThat(small.appended()).isNull();
        assertThat(small.isGenerated() || small.isHidden()).isFalse();
        t.clear();
        for (int i = 1; i < 3; i++) {
            // pooled nodes the next, smaller packet did not reuse hold nothing of the old one
            ProtoNode stale = t.pooled(i);
            assertThat(stale.source()).isNull();
            assertThat(stale.obj()).isNull();
            assertThat(stale.label()).isNull();
            assertThat(stale.appended()).isNull();
        }
    }

    @Test
    void anAsciiValueIsMadeFromItsBytesWhenReadAndAPhantomStoresNone() {
        FieldDef text = FieldDef.builder("p.text", "Text", FieldType.STRING).build();
        ByteView body = ByteView.of(new byte[] {'x', 'G', 'E', 'T', (byte) 0xe9, 'y', 0, 'z'});
        ProtoTree t = new ProtoTree();
        ProtoNode n = t.root().addItem(PROTO, body, 0, 8).addAscii(text, body.slice(1, 4), 0, 4);
        // as tshark: a byte above 0x7f is U+FFFD
        assertThat(n.obj()).isEqualTo("GET\ufffd");
        assertThat(n.obj()).isSameAs(n.obj());
        assertThat(FieldFormat.value(n)).isEqualTo("GET\ufffd");
        // and the value ends at a NUL
        ProtoNode cut = t.root().addItem(PROTO, body, 0, 8).addAscii(text, body, 1, 7);
        assertThat(cut.obj()).isEqualTo("GET\ufffdy");
        ProtoTree kept = new ProtoTree();
        kept.keepOnly(FieldSet.of(List.of(OTHER)));
        ProtoNode phantom = kept.root().addItem(PROTO, body, 0, 6).addAscii(text, body, 1, 4);
        assertThat(phantom.isPhantom()).isTrue();
        assertThat(phantom.obj()).isNull();
    }

    @Test
    void aFormattedValueIsMadeFromItsNumberWhenReadOnceAndAPhantomStoresNone() {
        FieldDef text = FieldDef.builder("p.host", "Host", FieldType.STRING).build();
        int[] calls = new int[1];
        ProtoNode.Formatter dotted = v -> {
            calls[0]++;
            return FieldFormat.ipv4(v);
        };
        ProtoTree t = new ProtoTree();
        ProtoNode n = t.root().addItem(PROTO, DATA, 0, 4).addFormatted(text, DATA, 0, 4, 0x0a000001L, dotted);
        assertThat(calls[0]).isZero();
        assertThat(n.obj()).isEqualTo("10.0.0.1");
        assertThat(FieldFormat.value(n)).isEqualTo("10.0.0.1");
        assertThat(n.obj()).isSameAs(n.obj());
        assertThat(calls[0]).isOne();
        ProtoTree kept = new ProtoTree();
        kept.keepOnly(FieldSet.of(List.of(OTHER)));
        ProtoNode phantom = kept.root().addItem(PROTO, DATA, 0, 4).addFormatted(text, DATA, 0, 4, 1, dotted);
        assertThat(phantom.isPhantom()).isTrue();
        assertThat(phantom.obj()).isNull();
        assertThat(calls[0]).isOne();
    }
}
