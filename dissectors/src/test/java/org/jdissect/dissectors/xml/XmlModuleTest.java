package org.jdissect.dissectors.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.api.Test;

/** XML bodies on byte arrays, as HTTP hands them over: items, their values and extents, and hostile input. */
class XmlModuleTest {
    private static final Engine ENGINE = Engine.standard();
    private final PacketContext ctx = new PacketContext(ENGINE, new Session(), new ProtoTree());

    private ProtoNode dissect(String text) {
        return dissect(text.getBytes(StandardCharsets.UTF_8));
    }

    private ProtoNode dissect(byte[] b) {
        ctx.reset(new PacketRecord().set(1, 1000, 0, b.length, 1, ByteView.of(b)));
        assertThat(XmlModule.dissect(ByteView.of(b), ctx, ctx.tree().root())).isEqualTo(b.length);
        return ctx.tree().find("xml");
    }

    private List<String> values(String abbrev) {
        return ctx.tree().findAll(abbrev).stream().map(n -> String.valueOf(n.obj())).toList();
    }

    @Test
    void tagsHoldTheirAttributesTextAndClosingLine() {
        ProtoNode xml = dissect("<?xml version=\"1.0\"?>\n<a x=\"1\" y='2'>text<b/></a>");
        assertThat(values("xml.xmlpi.xml.version")).containsExactly("1.0");
        assertThat(values("xml.tag")).containsExactly("<a x=\"1\" y='2'>", "<b/>");
        assertThat(values("xml.attribute")).containsExactly("x=\"1\"", "y='2'");
        assertThat(values("xml.cdata")).containsExactly("text");
        ProtoNode a = ctx.tree().find("xml.tag");
        // the element's item covers it up to its closing tag; its last attribute's line ends with the '>'
        assertThat(a.offset()).isEqualTo(22);
        assertThat(a.length()).isEqualTo(27);
        assertThat(a.label()).isEqualTo("<a");
        ProtoNode y = ctx.tree().findAll("xml.attribute").get(1);
        assertThat(y.label() + y.appended()).isEqualTo("y='2'>");
        assertThat(a.lastChild().label()).isEqualTo("</a>");
        assertThat(xml.length()).isEqualTo(49);
    }

    @Test
    void textOutsideAnyTagIsUnknownAndStrayClosingTagsAreFindings() {
        dissect("</x>top text<open>");
        assertThat(values("xml.unknown")).containsExactly("top text");
        assertThat(ctx.tree().findAll("xml.closing_unopened_tag")).hasSize(1);
        assertThat(values("xml.tag")).containsExactly("<open>");
    }

    @Test
    void whatTheTokenizerCannotReadIsUnrecognizedAndTheRestGoesOn() {
        dissect("<a x=\"1\" <b>t</b>");
        assertThat(ctx.tree().findAll("xml.unrecognized_text")).hasSize(1);
        assertThat(values("xml.tag")).containsExactly("<b>");
    }

    @Test
    void aOneByteEndMarkInTheLastByteIsNotFound() {
        // tvbparse's "until" stops one byte short of the end: the DOCTYPE is not recognized as one
        dissect("<!DOCTYPE n SYSTEM \"x\">");
        assertThat(ctx.tree().findAll("xml.doctype")).isEmpty();
        dissect("<!DOCTYPE n SYSTEM \"x\"> ");
        assertThat(values("xml.doctype")).containsExactly("n");
    }

    @Test
    void anyBytesAreDissectedWithoutThrowing() {
        Random r = new Random(7);
        String alphabet = "<>/?!=\"' \n\tab:[]-CDATA";
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(60)];
            for (int k = 0; k < b.length; k++) {
                b[k] = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : (byte) alphabet.charAt(r.nextInt(alphabet.length()));
            }
            ProtoNode xml = dissect(b);
            assertThat(xml).isNotNull();
            ctx.tree().walk(n -> {
                assertThat(n.offset()).isBetween(0, b.length);
                assertThat(n.offset() + n.length()).isLessThanOrEqualTo(b.length);
            });
        }
    }
}
