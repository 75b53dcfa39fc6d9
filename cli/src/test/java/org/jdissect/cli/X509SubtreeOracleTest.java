package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.dissectors.x509.X509;
import org.jdissect.output.print.TreePrinter;
import org.junit.jupiter.api.Test;

/**
 * The certificates of testdata/x509/x509.pcap dissected by {@link X509#certificate} alone, as TLS will call it (the
 * view running to the end of the TLS record, a Certificate item of FT_BYTES), against the subtree under each
 * "Certificate:" line of tshark 4.0.17's -V (x509.pcap.V.txt): byte for byte, up to the point where tshark's
 * dissection stopped with an exception, where ours must stop too.
 */
class X509SubtreeOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("x509");
    private static final FieldDef CERT = FieldDef.builder("tls.handshake.certificate", "Certificate", FieldType.BYTES)
            .build();
    private static final String INDENT = " ".repeat(16);

    /** The certificates of make.py's own (every extension, string type, key kind; damaged ones). */
    @Test
    void craftedCertificatesAreTsharks() throws IOException {
        sameAsTshark("x509.pcap", 12);
    }

    /** Debian 12's Mozilla root certificates (ca-certificates 20230311): what real CAs put in certificates. */
    @Test
    void mozillaRootCertificatesAreTsharks() throws IOException {
        sameAsTshark("roots.pcap", 140);
    }

    /**
     * The crafted certificates damaged at random (make.py, seeded): every BER error path tshark takes, and the same
     * frames stopped by an exception (a read past an element's bytes) as tshark's "[Malformed Packet: TLS]".
     */
    @Test
    void damagedCertificatesAreTsharks() throws IOException {
        sameAsTshark("mutants.pcap", 240);
    }

    private static void sameAsTshark(String capture, int atLeast) throws IOException {
        List<List<String>> expected = oracleSubtrees(capture);
        List<String> ours = new ArrayList<>();
        List<Boolean> threw = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        java.util.Set<Integer> malformed = new java.util.TreeSet<>();
        byte[] pcap = Files.readAllBytes(DIR.resolve(capture));
        ByteBuffer bb = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
        Engine engine = Engine.standard();
        int off = 24;
        int frame = 0;
        while (off + 16 <= pcap.length) {
            int incl = bb.getInt(off + 8);
            int orig = bb.getInt(off + 12);
            frame++;
            byte[] pkt = java.util.Arrays.copyOfRange(pcap, off + 16, off + 16 + incl);
            off += 16 + incl;
            if (incl != orig) {
                continue; // cut by the snap length: tshark has no TLS layer there
            }
            int rec = 54;
            if ((pkt[rec + 5] & 0xff) != 11) {
                continue; // not a Certificate message (the CertificateRequest's names are X509FramesOracleTest's)
            }
            ByteView tls = ByteView.of(pkt).tail(rec);
            int p = 5 + 4 + 3;
            int end = 5 + 4 + 3 + tls.u24(5 + 4);
            while (p + 3 <= end) {
                int len = tls.u24(p);
                p += 3;
                PacketContext ctx = new PacketContext(engine, new Session(), new ProtoTree());
                ctx.reset(new PacketRecord().set(frame, 1000, 0, pkt.length, 1, ByteView.of(pkt)));
                boolean t = false;
                try {
                    X509.certificate(tls, p, len, ctx, ctx.tree().root(), CERT);
                } catch (BoundsException e) {
                    if (String.valueOf(frame).equals(System.getenv("X509_TRACE"))) {
                        new AssertionError("frame " + frame, e).printStackTrace();
                    }
                    t = true;
                    malformed.add(frame);
                }
                StringBuilder sb = new StringBuilder();
                new TreePrinter(sb).packet(ctx);
                if (!sb.toString().isBlank()) {
                    ours.add(sb.toString().stripTrailing()); // tshark shows no item when the first one threw
                    threw.add(t);
                    int index = ours.size() - 1;
                    ctx.tree().root().walk(n -> {
                        if (n.def() != null && !n.abbrev().startsWith("_ws") && !n.abbrev().startsWith("ber.error")) {
                            raw.add(index + "\t" + n.abbrev() + "\t" + n.sourceOffset() + "\t" + n.length());
                        }
                    });
                }
                p += len;
                if (t) {
                    break;
                }
            }
        }
        if (System.getenv("X509_DUMP") != null) {
            Files.writeString(Path.of(System.getenv("X509_DUMP"), capture + ".ours.txt"), String.join("\n====\n", ours));
        }
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), ours.size()); i++) {
            String e = i < expected.size() ? String.join("\n", expected.get(i)) : "<none>";
            String o = i < ours.size() ? ours.get(i) : "<none>";
            if (!e.equals(o)) {
                bad.add("certificate " + i + ":\n" + Golden.firstDifference(e, o));
            }
        }
        assertThat(ours).hasSizeGreaterThan(atLeast);
        assertThat(bad).isEmpty();
        assertThat(malformed).as("frames stopped by an exception").isEqualTo(oracleMalformed(capture));
        // every item's offset in the frame and length, as tshark's -T json -x "_raw" members give them
        List<String> rawExpected = lines(capture + ".raw.tsv");
        assertThat(Golden.firstDifference(String.join("\n", rawExpected), String.join("\n", raw))).isEmpty();
    }

    /** The frames where tshark's -V shows "[Malformed Packet: TLS]" (an exception stopped the dissection). */
    private static java.util.Set<Integer> oracleMalformed(String capture) throws IOException {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        int frame = 0;
        for (String l : lines(capture + ".V.txt")) {
            if (l.startsWith("Frame ")) {
                frame = Integer.parseInt(l.substring(6, l.indexOf(':')));
            } else if (l.startsWith("[Malformed Packet: ") || l.startsWith("[BoundError Unreassembled Packet: ")) {
                out.add(frame);
            }
        }
        return out;
    }

    /**
     * {@code jdissect fields} lists the X.509, PKIX, PKCS#1 and Netscape extension fields as {@code tshark -G fields}
     * does (the lines scripts/x509/tables.sh kept), in name, type, base and mask; the protocol column is the
     * abbreviation's prefix, which for pkcs1.* ("pkcs-1" in tshark) and ns.cert.exts.* ("ns_cert_exts") is a known gap.
     */
    @Test
    void fieldsListLikeTshark() throws IOException {
        java.util.Map<String, String[]> tshark = new java.util.HashMap<>();
        for (String l : Files.readAllLines(TestData.ROOT.getParent().resolve(
                "dissectors/src/main/resources/org/jdissect/dissectors/x509/fields.tsv"), StandardCharsets.UTF_8)) {
            String[] c = l.split("\t", -1);
            if (c[0].equals("F")) {
                tshark.putIfAbsent(c[2], c);
            }
        }
        List<String> bad = new ArrayList<>();
        int compared = 0;
        for (String l : TestData.run(null, "fields").lines().toList()) {
            String[] c = l.split("\t", -1);
            String[] t = tshark.get(c[2]);
            if (!c[0].equals("F") || t == null) {
                continue;
            }
            compared++;
            for (int i = 1; i <= 6; i++) {
                boolean knownGap = i == 4 && (c[2].startsWith("pkcs1.") || c[2].startsWith("ns.cert.exts."));
                if (!knownGap && !t[i].equals(c[i])) {
                    bad.add(c[2] + " column " + (i + 1) + ": tshark '" + t[i] + "', ours '" + c[i] + "'");
                }
            }
        }
        assertThat(compared).isGreaterThan(600);
        assertThat(bad).isEmpty();
    }

    /** The lines of {@code name} in testdata/x509, or of {@code name}.gz there. */
    private static List<String> lines(String name) throws IOException {
        Path p = DIR.resolve(name);
        if (Files.exists(p)) {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        }
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(DIR.resolve(name + ".gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Each "Certificate: " line of the oracle with the lines under it, 16 spaces of indentation taken off. */
    private static List<List<String>> oracleSubtrees(String capture) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = null;
        for (String l : lines(capture + ".V.txt")) {
            if (l.startsWith(INDENT + "Certificate: ")) {
                cur = new ArrayList<>();
                out.add(cur);
                cur.add(l.substring(INDENT.length()));
            } else if (cur != null && l.startsWith(INDENT + " ")) {
                cur.add(l.substring(INDENT.length()));
            } else {
                cur = null;
            }
        }
        return out;
    }
}
