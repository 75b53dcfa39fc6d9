package org.jdissect.dissectors.tls;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/** Where TLS hands certificates and distinguished names to X.509 (packet-x509af.c, packet-x509if.c). */
final class TlsCertificates {
    private TlsCertificates() {
    }

    static void certificate(ByteView tvb, int offset, int length, PacketContext ctx, ProtoNode parent,
            FieldDef item) {
        org.jdissect.dissectors.x509.X509.certificate(tvb, offset, length, ctx, parent, item);
    }

    static void distinguishedName(ByteView tvb, int offset, int length, PacketContext ctx, ProtoNode parent,
            FieldDef item) {
        org.jdissect.dissectors.x509.X509.distinguishedName(tvb, offset, length, ctx, parent, item);
    }
}
