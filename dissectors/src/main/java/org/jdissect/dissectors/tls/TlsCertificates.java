package org.jdissect.dissectors.tls;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/**
 * Where TLS hands certificates and distinguished names to X.509 (packet-x509af.c, packet-x509if.c). Until that
 * dissector exists each is its TLS item over the DER bytes, without the decoded tree tshark draws beneath.
 */
final class TlsCertificates {
    private TlsCertificates() {
    }

    static void certificate(ByteView tvb, int offset, int length, PacketContext ctx, ProtoNode parent,
            FieldDef item) {
                TlsModule.bytes(parent, item, tvb, offset, length);
    }

    static void distinguishedName(ByteView tvb, int offset, int length, PacketContext ctx, ProtoNode parent,
            FieldDef item) {
                TlsModule.bytes(parent, item, tvb, offset, length);
    }
}
