package org.jdissect.examples.resp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.api.Test;

/** The RESP dissector on hand-built Ethernet/IPv4/TCP frames (its module is on this test's class path). */
class RespModuleTest {
    private final Engine engine = Engine.standard();
    private final Dissection d = engine.newDissection();
    private long number;
    private long seqClient = 1000;
    private long seqServer = 5000;

    /** An Ethernet/IPv4/TCP frame carrying {@code payload}, client→server when {@code toServer}. */
    private ProtoTree send(boolean toServer, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        byte[] f = new byte[14 + 20 + 20 + p.length];
        f[12] = 0x08;
        f[14] = 0x45;
        int ipLen = 40 + p.length;
        f[16] = (byte) (ipLen >> 8);
        f[17] = (byte) ipLen;
        f[22] = 64;
        f[23] = 6;
        byte[] a = {10, 0, 0, 1};
        byte[] b = {10, 0, 0, 2};
        System.arraycopy(toServer ? a : b, 0, f, 26, 4);
        System.arraycopy(toServer ? b : a, 0, f, 30, 4);
        int sp = toServer ? 50000 : 6379;
        int dp = toServer ? 6379 : 50000;
        f[34] = (byte) (sp >> 8);
        f[35] = (byte) sp;
        f[36] = (byte) (dp >> 8);
        f[37] = (byte) dp;
        long seq = toServer ? seqClient : seqServer;
        for (int i = 0; i < 4; i++) {
            f[38 + i] = (byte) (seq >> (24 - 8 * i));
        }
        f[46] = 0x50;
        f[47] = 0x18;
        f[48] = (byte) 0xff;
        System.arraycopy(p, 0, f, 54, p.length);
        if (toServer) {
            seqClient += p.length;
        } else {
            seqServer += p.length;
        }
        PacketRecord rec = new PacketRecord().set(++number, 1_700_000_000L, (int) number * 1000, f.length,
                LinkType.ETHERNET, ByteView.of(f));
        return d.dissect(rec).tree();
    }

    private static List<String> values(ProtoTree t, String field) {
        List<String> out = new ArrayList<>();
        for (ProtoNode n : t.findAll(field)) {
            out.add(FieldFormat.value(n));
        }
        return out;
    }

    @Test
    void aCommandAndItsReplyArePaired() {
        ProtoTree req = send(true, "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
        assertThat(values(req, "resp.command")).containsExactly("SET");
        assertThat(values(req, "resp.args")).containsExactly("key", "value");
        assertThat(values(req, "resp.array.length")).containsExactly("3");
        ProtoTree resp = send(false, "+OK\r\n");
        assertThat(values(resp, "resp.string")).containsExactly("OK");
        assertThat(values(resp, "resp.response_to")).containsExactly("1");
    }

    @Test
    void everyReplyTypeHasItsField() {
        send(true, "*1\r\n$4\r\nPING\r\n");
        assertThat(values(send(false, ":42\r\n"), "resp.integer")).containsExactly("42");
        send(true, "*1\r\n$4\r\nNOPE\r\n");
        assertThat(values(send(false, "-ERR unknown command\r\n"), "resp.error"))
                .containsExactly("ERR unknown command");
        send(true, "*2\r\n$3\r\nGET\r\n$7\r\nmissing\r\n");
        ProtoTree nil = send(false, "$-1\r\n");
        assertThat(nil.find("resp.null")).isNotNull();
    }

    @Test
    void aValueSplitOverSegmentsIsReassembled() {
        StringBuilder big = new StringBuilder();
        big.append("x".repeat(3000));
        String msg = "*3\r\n$3\r\nSET\r\n$3\r\nbig\r\n$3000\r\n" + big + "\r\n";
        ProtoTree first = send(true, msg.substring(0, 1000));
        assertThat(first.find("resp")).isNull();
        ProtoTree second = send(true, msg.substring(1000, 2000));
        assertThat(second.find("resp")).isNull();
        ProtoTree last = send(true, msg.substring(2000));
        assertThat(values(last, "resp.command")).containsExactly("SET");
        assertThat(values(last, "tcp.segment")).containsExactly("1", "2", "3");
    }

    @Test
    void pipelinedCommandsInOneSegmentAreEachDissected() {
        ProtoTree t = send(true, "*1\r\n$4\r\nPING\r\n*1\r\n$6\r\nDBSIZE\r\n");
        assertThat(values(t, "resp.command")).containsExactly("PING", "DBSIZE");
    }

    @Test
    void garbageOnTheRedisPortIsNotResp() {
        ProtoTree t = send(true, "hello there\r\n");
        assertThat(t.find("resp")).isNull();
        assertThat(t.find("data")).isNotNull();
    }

    @Test
    void absurdNestingAndLengthsAreMalformedNotFatal() {
        ProtoTree deep = send(true, "*1\r\n".repeat(100) + "$1\r\nx\r\n");
        assertThat(deep.find("resp")).isNull();
        ProtoTree huge = send(true, "$999999999999\r\nx\r\n");
        assertThat(huge.find("resp.command")).isNull();
        // the next value on a fresh stream is dissected normally
        seqClient = 90_000;
        number += 10;
        assertThat(values(send(true, "*1\r\n$4\r\nPING\r\n"), "resp.command")).isNotNull();
    }
}
