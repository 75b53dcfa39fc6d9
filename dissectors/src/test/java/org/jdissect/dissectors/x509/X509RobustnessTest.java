package org.jdissect.dissectors.x509;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.api.Test;

/**
 * Damaged and random input never gets anything but a {@link BoundsException} out of the X.509 dissector (what
 * packet-ber.c's exceptions become), and never takes long: 20,000 seeded mutations of the crafted certificates
 * (bytes changed, inserted, removed, cut, lengths set to extremes, nesting repeated) and random bytes.
 */
class X509RobustnessTest {
    private static final FieldDef CERT = FieldDef.builder("tls.handshake.certificate", "Certificate", FieldType.BYTES)
            .build();
    private static final Engine ENGINE = Engine.standard();

    @Test
    void damagedCertificatesOnlyRunOutOfBytes() throws IOException {
        List<byte[]> certs = new ArrayList<>();
        Path dir = locate("testdata/x509/certs");
        for (String n : new String[] {"ca", "inter", "server", "ec", "v1", "odd"}) {
            certs.add(Files.readAllBytes(dir.resolve(n + ".der")));
        }
        Random rnd = new Random(509);
        int bounds = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            byte[] c = mutate(certs.get(rnd.nextInt(certs.size())), rnd, i % 6);
            PacketContext ctx = new PacketContext(ENGINE, new Session(), new ProtoTree());
            ctx.reset(new PacketRecord().set(i + 1, 1000, 0, c.length, 1, ByteView.of(c)));
            try {
                X509.certificate(ByteView.of(c), 0, c.length, ctx, ctx.tree().root(), CERT);
                X509.distinguishedName(ByteView.of(c), 0, c.length, ctx, ctx.tree().root(), CERT);
            } catch (BoundsException e) {
                bounds++;
            }
        }
        assertThat(bounds).isPositive();
        assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds").isLessThan(60);
    }

    private static byte[] mutate(byte[] c, Random rnd, int kind) {
        byte[] b = c.clone();
        int at = rnd.nextInt(b.length);
        switch (kind) {
            case 0 -> b[at] = (byte) rnd.nextInt(256);
            case 1 -> {
                for (int k = 0; k < 8; k++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 2 -> b = java.util.Arrays.copyOf(b, at);
            case 3 -> b[at] = (byte) (rnd.nextBoolean() ? 0x80 : 0x84); // indefinite or 4-octet lengths
            case 4 -> { // a constructed element nested in itself many times
                byte[] n = new byte[400];
                for (int k = 0; k < n.length; k += 2) {
                    n[k] = (byte) (rnd.nextBoolean() ? 0x30 : 0xa0 | rnd.nextInt(4));
                    n[k + 1] = (byte) 0x80;
                }
                byte[] out = new byte[b.length + n.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(n, 0, out, at, n.length);
                System.arraycopy(b, at, out, at + n.length, b.length - at);
                b = out;
            }
            default -> {
                b = new byte[rnd.nextInt(64)];
                rnd.nextBytes(b);
                if (b.length > 0) {
                    b[0] = 0x30;
                }
            }
        }
        return b;
    }

    private static Path locate(String rel) {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve(rel))) {
                return p.resolve(rel);
            }
        }
        throw new IllegalStateException(rel);
    }
}
