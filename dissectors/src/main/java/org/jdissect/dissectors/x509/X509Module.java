package org.jdissect.dissectors.x509;

import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;

/**
 * Registers the X.509 and BER fields (tshark's own, {@link X509Fields}) and packet-ber.c's findings; the dissection
 * itself is {@link X509#certificate}, which TLS calls for each certificate.
 */
public final class X509Module implements ProtocolModule {
    @Override
    public String name() {
        return "x509af";
    }

    @Override
    public void register(Registrar r) {
        r.fields(X509Fields.ALL.toArray(new FieldDef[0]));
        r.experts(Ber.EXPERTS);
    }

    @Override
    public void handoff(Handoff h) {
    }
}
