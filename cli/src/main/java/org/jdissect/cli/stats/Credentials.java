package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.ProtoNode;

/**
 * {@code -z credentials[,filter]}, tap-credentials.c: the packets that carry credentials, as the protocols that
 * found them queue them. jdissect's source is HTTP: Basic credentials of an Authorization or Proxy-Authorization
 * header (the user name before the colon; none without a colon), and any other such header as "HTTP header auth"
 * with no user name, as packet-http.c does for a scheme it does not decode. Digest, NTLM and Negotiate headers, which
 * tshark decodes elsewhere (NTLMSSP reports its own user names, a dissector jdissect does not have), are left out.
 */
final class Credentials implements Statistic {
    private record Entry(long frame, String protocol, String username) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private FieldDef authorization;
    private FieldDef proxyAuthorization;
    private FieldDef basic;

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        authorization = registry.get("http.authorization");
        proxyAuthorization = registry.get("http.proxy_authorization");
        basic = registry.get("http.authbasic");
        return List.of(authorization, proxyAuthorization, basic);
    }

    @Override
    public void packet(PacketContext ctx) {
        scan(ctx.tree().root(), ctx.frameNumber());
    }

    private void scan(ProtoNode parent, long frame) {
        for (ProtoNode n = parent.firstChild(); n != null; n = n.next()) {
            if (n.def() == authorization || n.def() == proxyAuthorization) {
                header(n, frame);
            } else {
                scan(n, frame);
            }
        }
    }

    private void header(ProtoNode header, long frame) {
        ProtoNode credentials = null;
        for (ProtoNode c = header.firstChild(); c != null; c = c.next()) {
            if (c.def() == basic) {
                credentials = c;
            }
        }
        String value = String.valueOf(header.obj());
        if (credentials != null || value.startsWith("Basic ")) {
            // Basic credentials are reported only when they split into a user name and a password
            String text = credentials == null ? "" : String.valueOf(credentials.obj());
            int colon = text.indexOf(':');
            if (colon >= 0) {
                entries.add(new Entry(frame, "HTTP basic auth", text.substring(0, colon)));
            }
            return;
        }
        if (value.startsWith("NTLM ") || value.startsWith("Negotiate ") || value.startsWith("Digest ")) {
            return; // check_auth_ntlmssp, check_auth_kerberos and check_auth_digest take these
        }
        entries.add(new Entry(frame, "HTTP header auth", "n.a."));
    }

    @Override
    public void draw(StringBuilder out) {
        out.append("===================================================================\n");
        out.append("Packet     Protocol         Username         Info            \n");
        out.append("------     --------         --------         --------\n");
        for (Entry e : entries) {
            out.append(Sizes.padRight(Long.toString(e.frame()), 10)).append(' ')
                    .append(Sizes.padRight(e.protocol(), 16)).append(' ')
                    .append(Sizes.padRight(e.username(), 16)).append(' ')
                    .append(" ".repeat(16)).append('\n');
        }
        out.append("===================================================================\n");
    }
}
