package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.util.Base64;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;

/**
 * SVCB and HTTPS records (types 64 and 65, RFC 9460), as packet-dns.c 4.0 shows them: the priority, the target name,
 * then each SvcParam with its key, its value's length and the value decoded by key, the param's line growing as the
 * value is read ("SvcParam: alpn=h2,h3"). Browsers ask for HTTPS records beside every A and AAAA query.
 */
final class DnsSvcb {
    private DnsSvcb() {
    }

    static final Map<Long, String> KEYS = Map.of(0L, "mandatory", 1L, "alpn", 2L, "no-default-alpn", 3L, "port",
            4L, "ipv4hint", 5L, "echconfig", 6L, "ipv6hint", 32769L, "odohconfig");

    static final FieldDef PRIORITY = FieldDef.builder("dns.svcb.svcpriority", "SvcPriority", UINT16).build();
    static final FieldDef TARGET = FieldDef.builder("dns.svcb.targetname", "TargetName", STRING).build();
    static final FieldDef PARAM = FieldDef.builder("dns.svcb.svcparam", "SvcParam", NONE).build();
    static final FieldDef KEY = FieldDef.builder("dns.svcb.svcparam.key", "SvcParamKey", UINT16).names(KEYS).build();
    static final FieldDef VALUE_LEN = FieldDef.builder("dns.svcb.svcparam.value.length", "SvcParamValue length",
            UINT16).build();
    static final FieldDef VALUE = FieldDef.builder("dns.svcb.svcparam.value", "SvcParamValue", BYTES).build();
    static final FieldDef MANDATORY = FieldDef.builder("dns.svcb.svcparam.mandatory.key", "Mandatory key", UINT16)
            .names(KEYS).blurb("Mandatory keys in this RR").build();
    static final FieldDef ALPN_LEN = FieldDef.builder("dns.svcb.svcparam.alpn.length", "ALPN length", UINT8).build();
    static final FieldDef ALPN = FieldDef.builder("dns.svcb.svcparam.alpn", "ALPN", STRING)
            .blurb("Additional supported protocols").build();
    static final FieldDef PORT = FieldDef.builder("dns.svcb.svcparam.port", "Port", UINT16)
            .blurb("Port for alternative endpoint").build();
    static final FieldDef IPV4_HINT = FieldDef.builder("dns.svcb.svcparam.ipv4hint.ip", "IP", IPV4)
            .blurb("IPv4 address hints").build();
    static final FieldDef ECH = FieldDef.builder("dns.svcb.svcparam.echconfig", "ECHConfig", BYTES)
            .blurb("Encrypted ClientHello (ECH) infos").build();
    static final FieldDef IPV6_HINT = FieldDef.builder("dns.svcb.svcparam.ipv6hint.ip", "IP",
            org.jdissect.api.field.FieldType.IPV6).blurb("IPv6 address hints").build();
    static final FieldDef ODOH = FieldDef.builder("dns.svcb.svcparam.odohconfig", "ODoHConfig", BYTES)
            .blurb("Oblivious DoH keys").build();

    /** In packet-dns.c's registration order, as tshark -G fields lists them. */
    static final FieldDef[] FIELDS = {PRIORITY, TARGET, KEY, VALUE_LEN, VALUE, PARAM, MANDATORY, ALPN_LEN, ALPN, PORT,
        IPV4_HINT, ECH, IPV6_HINT, ODOH};

    /** A SvcParamKey's name in a param's line: its registered name, or "keyN". */
    private static String keyName(int key) {
        String name = KEYS.get((long) key);
        return name != null ? name : "key" + key;
    }

    /** The RDATA of an SVCB or HTTPS record at {@code rd}, {@code rdlen} bytes long. */
    static void rdata(ByteView m, int rd, int rdlen, ProtoNode r, PacketContext ctx) {
        int end = rd + rdlen;
        r.add(PRIORITY, m, rd, 2, m.u16(rd));
        DnsModule.Name target = DnsModule.Name.read(m, rd + 2, ctx, r);
        r.addObj(TARGET, m, rd + 2, target.end() - rd - 2, target.text());
        int off = target.end();
        while (off < end) {
            int key = m.u16(off);
            int len = m.u16(off + 2);
            ProtoNode p = r.addItem(PARAM, m, off, 4 + len).label("SvcParam: " + keyName(key));
            p.add(KEY, m, off, 2, key);
            p.add(VALUE_LEN, m, off + 2, 2, len);
            off += 4;
            int valueEnd = off + len;
            switch (key) {
                case 0 -> {
                    for (int i = 0; off < valueEnd; off += 2, i++) {
                        int k = m.u16(off);
                        p.add(MANDATORY, m, off, 2, k);
                        p.appendLabel((i == 0 ? "=" : ",") + keyName(k));
                    }
                }
                case 1 -> {
                    for (int i = 0; off < valueEnd; i++) {
                        int l = m.u8(off);
                        p.add(ALPN_LEN, m, off, 1, l);
                        // a string item ends at a NUL; bytes after it are noted, not shown
                        m.ensure(off + 1, l);
                        int shown = 0;
                        while (shown < l && m.u8(off + 1 + shown) != 0) {
                            shown++;
                        }
                        String alpn = DnsText.format(m.latin1(off + 1, shown));
                        ProtoNode a = p.addObj(ALPN, m, off + 1, l, alpn);
                        if (shown < l) {
                            Expert.add(ctx, a, StringItems.TRAILING_STRAY);
                        }
                        p.appendLabel((i == 0 ? "=" : ",") + alpn);
                        off += 1 + l;
                    }
                }
                case 3 -> {
                    int port = m.u16(off);
                    p.add(PORT, m, off, 2, port);
                    p.appendLabel("=" + port);
                }
                case 4, 6 -> {
                    int size = key == 4 ? 4 : 16;
                    for (int i = 0; off < valueEnd; off += size, i++) {
                        String ip;
                        if (key == 4) {
                            long a = m.u32(off);
                            p.add(IPV4_HINT, m, off, 4, a);
                            ip = FieldFormat.ipv4(a);
                        } else {
                            byte[] a = m.toArray(off, 16);
                            p.addObj(IPV6_HINT, m, off, 16, a);
                            ip = FieldFormat.ipv6(a);
                        }
                        p.appendLabel((i == 0 ? "=" : ",") + ip);
                    }
                }
                case 5, 32769 -> {
                    byte[] v = m.toArray(off, len);
                    String b64 = Base64.getEncoder().encodeToString(v);
                    FieldDef f = key == 5 ? ECH : ODOH;
                    p.addObj(f, m, off, len, v).label(f.name() + ": " + b64);
                    p.appendLabel("=" + b64);
                }
                case 2 -> {
                    // no-default-alpn: a key with no value
                }
                default -> {
                    if (len > 0) { // an empty value: neither an item nor "="
                        byte[] v = m.toArray(off, len);
                        p.addObj(VALUE, m, off, len, v);
                        p.appendLabel("=" + DnsText.format(m.latin1(off, len)));
                    }
                }
            }
            off = valueEnd; // whatever the value's own items took
        }
    }
}
