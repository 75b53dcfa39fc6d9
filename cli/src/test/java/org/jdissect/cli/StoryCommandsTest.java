package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code jdissect explain} and {@code jdissect diff} on the incident captures: the evidence an engineer needs. */
class StoryCommandsTest {
    private static String cap(String name) {
        return TestData.capture(name).toString();
    }

    @Test
    void explainTellsTheSeedIncidentWithFrameNumbers() {
        int[] rc = new int[1];
        String out = TestData.run(rc, "explain", "-r", cap("seed-rst.pcap"));
        assertThat(rc[0]).isZero();
        assertThat(out).contains("TCP stream 0: 188.188.3.240:5604 -> 112.65.227.148:80, frames 1-6")
                .contains("Handshake: SYN frame 1, SYN-ACK frame 2, ACK frame 3; RTT 44.488 ms")
                .contains("frame 4: request  HEAD /")
                .contains("Unanswered: the request in frame 4 got no response and was never acknowledged")
                .contains("Retransmissions: 1: frame 5 (client, of 4 after 244.478 ms)")
                .contains("End: RST from the server (112.65.227.148:80) in frame 6, no FIN")
                // the evidence compared: the RST's TTL and IP ID against the SYN-ACK's
                .contains("TTL 52 as before; IP ID 1223 (0x04c7) after 1216 (0x04c0) in frame 2")
                .contains("the RST has no ACK and its sequence number is the one 188.188.3.240:5604 acknowledged "
                        + "in frame 5")
                .contains("something between them reset it");
    }

    @Test
    void explainCallsTheMiddleboxResetForgedAndSaysWhy() {
        String out = TestData.run(null, "explain", "-r", cap("middlebox-client.pcap"));
        assertThat(out).contains("frame 18: the RST claiming to come from 10.97.2.2:80 does not fit that host: "
                + "TTL 47, but its earlier packets had TTL 63; IP ID 54321 (0xd431), far from its counter: 41281 "
                + "(0xa141) in frame 11; DF clear, but its earlier packets had DF set. Likely injected")
                .contains("End: FIN from the client in frame 10, FIN from the server in frame 11: an orderly close.");
    }

    @Test
    void explainReportsTheLossesOfTcpLoss() {
        String out = TestData.run(null, "explain", "-r", cap("tcp-loss.pcap"));
        assertThat(out).contains("Retransmissions: 25: frame 39 (server, of 22 after 0.086 ms, fast)")
                .contains("Out of order: frame(s) 44, 116, 118, 126, 171, 222, 305.")
                .contains("Duplicate ACKs: 18 (frames 27, 29")
                .contains("frame 4: request  GET /big.txt")
                .contains("TCP stream 1: 10.99.0.2:49632 -> 10.99.0.1:80, frames 573-582");
    }

    @Test
    void explainFilterKeepsOnlyTheConversationsItTouches() {
        String out = TestData.run(null, "explain", "-r", cap("tcp-resets.pcap"), "-Y", "tcp.port == 81");
        assertThat(out).contains("SYN in frame 3 refused: RST from the server in frame 4")
                .doesNotContain("TCP stream 1");
        int[] rc = new int[1];
        TestData.run(rc, "explain", "-r", cap("tcp-resets.pcap"), "-Y", "tcp.port ==");
        assertThat(rc[0]).isEqualTo(2);
    }

    @Test
    void diffNamesTheDroppedRequestAndTheInjectedResetsInBothFiles() {
        int[] rc = new int[1];
        // given server side first: the TTLs tell which capture is nearer the client
        String out = TestData.run(rc, "diff", "-r", cap("middlebox-server.pcap"), "-r", cap("middlebox-client.pcap"));
        assertThat(rc[0]).isZero();
        assertThat(out).startsWith("Client side: " + cap("middlebox-client.pcap"))
                .contains("Nothing dropped or injected between the two capture points.")
                .contains("- client-side frame 16: client -> server [P.] seq 1:83 ack 1 len 82 \"HEAD /blocked/\"")
                .contains("- client-side frame 17: client -> server [P.] seq 1:83 ack 1 len 82 (retransmission)")
                .contains("- client-side frame 18: [R.] seq 1 ack 83 len 0 claiming to come from the server "
                        + "10.97.2.2:80 (TTL 47, IP ID 54321 (0xd431), no DF): the server never sent it")
                .contains("- server-side frame 16: [R] seq 1 len 0 claiming to come from the client "
                        + "10.97.1.2:52174 (TTL 47, IP ID 54321 (0xd431), no DF): the client never sent it")
                .contains("Path: TTL client -> server 64 -> 63 (1 hop")
                .contains("Verdict: something between the two capture points dropped 2 packets (client-side frames "
                        + "16, 17) and injected 2 forged RSTs (client-side frame 18; server-side frame 16).");
        String explicit = TestData.run(null, "diff", "--client", cap("middlebox-client.pcap"), "--server",
                cap("middlebox-server.pcap"));
        assertThat(explicit).isEqualTo(out);
    }

    @Test
    void diffOfACaptureWithItselfFindsNothing() {
        String out = TestData.run(null, "diff", "-r", cap("tcp-loss.pcap"), "-r", cap("tcp-loss.pcap"));
        assertThat(out).doesNotContain("Dropped").doesNotContain("Injected");
    }

    @Test
    void diffNeedsTwoCaptures() {
        int[] rc = new int[1];
        TestData.run(rc, "diff", "-r", cap("seed-rst.pcap"));
        assertThat(rc[0]).isEqualTo(2);
    }
}
