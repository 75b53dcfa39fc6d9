package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins are contained: each way a plugin can be wrong is named once, and everything else keeps working. */
class PluginTest {
    private static final String SEED = TestData.capture("seed-rst.pcap").toString();

    @TempDir
    Path dir;

    /** Runs the CLI; returns {stdout, stderr, exit code}. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {out.toString(), err.toString(), Integer.toString(rc)};
    }

    private static String module(String pkg, String cls, String body) {
        return "package " + pkg + ";\n"
                + "import org.jdissect.api.bytes.ByteView;\n"
                + "import org.jdissect.api.dissect.*;\n"
                + "import org.jdissect.api.field.*;\n"
                + "import org.jdissect.api.tree.ProtoNode;\n"
                + "public final class " + cls + " implements ProtocolModule {\n" + body + "\n}\n";
    }

    @Test
    void aPluginFieldWorksInFiltersAndFields() throws IOException {
        String src = module("p1", "Hello", """
                static final FieldDef P = FieldDef.builder("hello", "Hello", FieldType.PROTOCOL).build();
                static final FieldDef LEN = FieldDef.builder("hello.len", "Length", FieldType.UINT32).build();
                public String name() { return "hello"; }
                public void register(Registrar r) { r.fields(P, LEN); }
                public void handoff(Handoff h) {
                    h.table("tcp.port").add(80, "hello", (tvb, ctx, parent) -> {
                        ctx.addProtocol("hello");
                        parent.addItem(P, tvb, 0, tvb.capturedLength()).add(LEN, tvb, 0, 0, tvb.reportedLength());
                        return tvb.reportedLength();
                    });
                }""");
        PluginJars.build(dir, "hello.jar", Map.of("p1.Hello", src), "p1.Hello");
        String[] r = run("--plugins", dir.toString(), "-r", SEED, "-Y", "hello.len > 100", "-T", "fields", "-e",
                "frame.number", "-e", "hello.len");
        assertThat(r[2]).as(r[1]).isEqualTo("0");
        assertThat(r[1]).isEqualTo("");
        // frame 5 retransmits frame 4: as in tshark, retransmitted data goes to no subdissector
        assertThat(r[0]).isEqualTo("4\t171\n");
        String[] fields = run("fields", "--plugins", dir.toString());
        assertThat(fields[0]).contains("hello.len");
    }

    @Test
    void aThrowingDissectorMarksThePacketAndTheCaptureGoesOn() throws IOException {
        String src = module("p2", "Boom", """
                public String name() { return "boom"; }
                public void register(Registrar r) { }
                public void handoff(Handoff h) {
                    h.table("tcp.port").add(80, "boom", (tvb, ctx, parent) -> {
                        ctx.setCurrentProto("BOOM");
                        throw new IllegalStateException("kaboom");
                    });
                }""");
        PluginJars.build(dir, "boom.jar", Map.of("p2.Boom", src), "p2.Boom");
        String[] r = run("--plugins", dir.toString(), "-r", SEED, "-V");
        assertThat(r[2]).as(r[1]).isEqualTo("0");
        assertThat(r[0]).as(r[1]).contains("[Dissector bug, protocol BOOM: java.lang.IllegalStateException: kaboom]")
                .contains("Frame 6:");
        String[] f = run("--plugins", dir.toString(), "-r", SEED, "-Y", "_ws.malformed.dissector_bug", "-T", "fields",
                "-e", "frame.number");
        assertThat(f[0]).isEqualTo("4\n");
    }

    @Test
    void aDuplicateFieldNamesTheJarAndTheFieldAndTheRestWorks() throws IOException {
        String src = module("p3", "Dup", """
                static final FieldDef TTL = FieldDef.builder("ip.ttl", "Mine", FieldType.UINT8).build();
                public String name() { return "dup"; }
                public void register(Registrar r) { r.fields(TTL); }""");
        PluginJars.build(dir, "dup.jar", Map.of("p3.Dup", src), "p3.Dup");
        String[] r = run("--plugins", dir.toString(), "-r", SEED, "-T", "fields", "-e", "ip.ttl");
        assertThat(r[2]).as(r[1]).isEqualTo("0");
        assertThat(r[1]).contains("dup.jar").contains("'ip.ttl'").contains("already exists");
        assertThat(r[0]).startsWith("64\n52\n");
    }

    @Test
    void anIncompatibleApiVersionIsRefusedWithBothVersions() throws IOException {
        String src = module("p4", "Old", """
                public int apiVersion() { return 99; }
                public String name() { return "old"; }
                public void register(Registrar r) { }""");
        PluginJars.build(dir, "old.jar", Map.of("p4.Old", src), "p4.Old");
        String[] r = run("--plugins", dir.toString(), "-r", SEED, "-c", "1", "-T", "fields", "-e", "frame.number");
        assertThat(r[2]).as(r[1]).isEqualTo("0");
        assertThat(r[1]).contains("old.jar").contains("API 99").contains("API 1");
        assertThat(r[0]).isEqualTo("1\n");
    }

    @Test
    void aBrokenJarIsNamedAndIgnored() throws IOException {
        Files.writeString(dir.resolve("broken.jar"), "this is not a zip file");
        String[] r = run("--plugins", dir.toString(), "-r", SEED, "-c", "2", "-T", "fields", "-e", "frame.number");
        assertThat(r[2]).as(r[1]).isEqualTo("0");
        assertThat(r[1]).contains("broken.jar");
        assertThat(r[0]).isEqualTo("1\n2\n");
    }

    @Test
    void aMissingPluginDirectoryIsNamed() {
        String[] r = run("--plugins", dir.resolve("nowhere").toString(), "-r", SEED, "-c", "1", "-T", "fields", "-e",
                "frame.number");
        assertThat(r[1]).contains("nowhere").contains("not found");
        assertThat(r[2]).as(r[1]).isEqualTo("0");
    }

    @Test
    void decodeAsRebindsAPort() {
        String[] plain = run("-r", SEED, "-Y", "frame.number == 4", "-T", "fields", "-e", "frame.protocols");
        assertThat(plain[0]).isEqualTo("eth:ethertype:ip:tcp:http\n");
        String[] asData = run("-d", "tcp.port==80,data", "-r", SEED, "-Y", "frame.number == 4", "-T", "fields", "-e",
                "frame.protocols");
        assertThat(asData[0]).isEqualTo("eth:ethertype:ip:tcp:data\n");
        String[] bad = run("-d", "tcp.port=80,data", "-r", SEED);
        assertThat(bad[2]).isEqualTo("2");
        assertThat(bad[1]).contains("decode-as");
    }
}
