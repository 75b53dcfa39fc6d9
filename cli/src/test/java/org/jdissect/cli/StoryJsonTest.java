package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code explain --json} and {@code diff --json} mean, checked on the incident captures: the goldens pin the
 * bytes, these say which facts must be in them.
 */
class StoryJsonTest {
    /** Strict: duplicate keys or trailing garbage fail the parse. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static String cap(String name) {
        return TestData.capture(name).toString();
    }

    private static JsonNode json(String... args) throws IOException {
        int[] rc = new int[1];
        String out = TestData.run(rc, args);
        assertThat(rc[0]).as("exit code").isZero();
        return JSON.readTree(out);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<Long> frames(JsonNode array) {
        return list(array).stream().map(n -> n.get("frame").asLong()).toList();
    }

    // ---- diff ---------------------------------------------------------------------------------------------------

    @Test
    void diffJsonNamesTheBlockedRequestAndBothForgedResets() throws IOException {
        JsonNode d = json("diff", "-r", cap("middlebox-client.pcap"), "-r", cap("middlebox-server.pcap"), "--json");
        assertThat(d.at("/a/vantage").asText()).isEqualTo("client");
        assertThat(d.at("/b/vantage").asText()).isEqualTo("server");
        List<JsonNode> convs = list(d.get("conversations"));
        assertThat(convs).hasSize(2);

        JsonNode ok = convs.get(0);
        assertThat(ok.get("only_in_a")).isEmpty();
        assertThat(ok.get("only_in_b")).isEmpty();

        JsonNode blocked = convs.get(1);
        assertThat(blocked.at("/a/stream").asInt()).isEqualTo(1);
        assertThat(blocked.at("/b/stream").asInt()).isEqualTo(1);
        // only at the client: the HEAD request and its retransmission (dropped), the RST the server never sent
        List<JsonNode> onlyA = list(blocked.get("only_in_a"));
        assertThat(frames(blocked.get("only_in_a"))).containsExactly(16L, 17L, 18L);
        assertThat(onlyA.get(0).get("verdict").asText()).isEqualTo("dropped");
        assertThat(onlyA.get(0).at("/http/0").asText()).isEqualTo("HEAD /blocked/");
        assertThat(onlyA.get(1).get("verdict").asText()).isEqualTo("dropped");
        assertThat(onlyA.get(1).get("retransmission").asBoolean()).isTrue();
        assertThat(onlyA.get(2).get("verdict").asText()).isEqualTo("injected");
        assertThat(onlyA.get(2).get("flags").asText()).isEqualTo("R.");
        assertThat(onlyA.get(2).get("src").asText()).isEqualTo("10.97.2.2:80");
        assertThat(onlyA.get(2).at("/genuine/fits").asBoolean()).isFalse();
        // only at the server: the RST the client never sent
        List<JsonNode> onlyB = list(blocked.get("only_in_b"));
        assertThat(frames(blocked.get("only_in_b"))).containsExactly(16L);
        assertThat(onlyB.get(0).get("verdict").asText()).isEqualTo("injected");
        assertThat(onlyB.get(0).get("flags").asText()).isEqualTo("R");
        assertThat(onlyB.get(0).get("src").asText()).isEqualTo("10.97.1.2:52174");

        // every forwarded packet lost one TTL on the way, and that is all that changed
        for (JsonNode conv : convs) {
            List<JsonNode> changed = list(conv.get("changed"));
            assertThat(changed).hasSize(conv.get("matched").asInt());
            for (JsonNode c : changed) {
                assertThat(c.get("fields")).hasSize(1);
                JsonNode ttl = c.at("/fields/0");
                assertThat(ttl.get("field").asText()).isEqualTo("ip.ttl");
                int decrement = "client_to_server".equals(c.get("direction").asText())
                        ? ttl.get("a").asInt() - ttl.get("b").asInt() : ttl.get("b").asInt() - ttl.get("a").asInt();
                assertThat(decrement).as("TTL decrement of a frame %s / %s", c.get("a_frame"), c.get("b_frame"))
                        .isEqualTo(1);
            }
        }
        assertThat(list(blocked.get("changed")).stream().map(c -> c.get("a_frame").asLong() + "/"
                + c.get("b_frame").asLong())).containsExactly("13/13", "14/14", "15/15");
    }

    @Test
    void diffJsonKeepsTheGivenOrderAsAAndB() throws IOException {
        JsonNode forward = json("diff", "-r", cap("middlebox-client.pcap"), "-r", cap("middlebox-server.pcap"),
                "--json");
        JsonNode back = json("diff", "-r", cap("middlebox-server.pcap"), "-r", cap("middlebox-client.pcap"),
                "--json");
        assertThat(back.at("/a/vantage").asText()).isEqualTo("server");
        JsonNode f = forward.at("/conversations/1");
        JsonNode b = back.at("/conversations/1");
        assertThat(b.get("only_in_a")).isEqualTo(f.get("only_in_b"));
        assertThat(b.get("only_in_b")).isEqualTo(f.get("only_in_a"));
        assertThat(b.at("/changed/0/fields/0/a")).isEqualTo(f.at("/changed/0/fields/0/b"));
        // the offset is b's clock minus a's, so it changes sign
        assertThat(b.at("/timing/clock_offset_ms").decimalValue())
                .isEqualByComparingTo(f.at("/timing/clock_offset_ms").decimalValue().negate());
        assertThat(f.at("/timing/clock_offset_ms").decimalValue()).isPositive();
        // --client/--server: a is the client side whatever the order on the command line
        JsonNode named = json("diff", "--server", cap("middlebox-server.pcap"), "--client",
                cap("middlebox-client.pcap"), "--json");
        assertThat(named).isEqualTo(forward);
    }

    @Test
    void diffJsonOfACaptureWithItselfHasNothingOnlyOnOneSideAndNoChanges() throws IOException {
        JsonNode d = json("diff", "-r", cap("tcp-loss.pcap"), "-r", cap("tcp-loss.pcap"), "--json");
        for (JsonNode c : d.get("conversations")) {
            assertThat(c.get("only_in_a")).isEmpty();
            assertThat(c.get("only_in_b")).isEmpty();
            assertThat(c.get("changed")).isEmpty();
            assertThat(c.get("matched").asInt()).isEqualTo(c.at("/a/packets").asInt());
            assertThat(c.at("/timing/clock_offset_ms").decimalValue()).isZero();
        }
    }

    @Test
    void diffJsonListsEveryPacketOfAConnectionTheOtherCaptureLacks() throws IOException {
        JsonNode d = json("diff", "-r", cap("seed-rst.pcap"), "-r", cap("middlebox-server.pcap"), "--json");
        JsonNode seed = d.at("/conversations/0");
        assertThat(seed.get("b").isNull()).isTrue();
        assertThat(frames(seed.get("only_in_a"))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(list(seed.get("only_in_a"))).allMatch(n -> n.get("verdict").asText().equals("no_conversation"));
        assertThat(seed.get("timing").isNull()).isTrue();
    }

    // ---- explain ------------------------------------------------------------------------------------------------

    @Test
    void explainJsonOfTheSeedHasTheHandshakeEventsAndTheResetEvidence() throws IOException {
        JsonNode e = json("explain", "-r", cap("seed-rst.pcap"), "--json");
        JsonNode c = e.at("/conversations/0");
        assertThat(c.get("client").asText()).isEqualTo("188.188.3.240:5604");
        assertThat(c.get("server").asText()).isEqualTo("112.65.227.148:80");
        assertThat(c.at("/handshake/syn_frame").asLong()).isEqualTo(1);
        assertThat(c.at("/handshake/syn_ack_frame").asLong()).isEqualTo(2);
        assertThat(c.at("/handshake/ack_frame").asLong()).isEqualTo(3);
        assertThat(c.at("/handshake/rtt_ms").decimalValue()).isEqualByComparingTo("44.488");
        assertThat(list(c.get("events")).stream().map(n -> n.get("frame").asLong() + " " + n.get("event").asText()))
                .containsExactly("1 syn", "2 syn_ack", "3 ack", "4 request", "5 retransmission", "6 rst");
        assertThat(c.at("/events/4/original_frame").asLong()).isEqualTo(4);
        assertThat(c.at("/end/closing").asText()).isEqualTo("aborted");
        assertThat(c.get("suspicious").asBoolean()).isTrue();
        List<String> kinds = list(c.get("anomalies")).stream().map(n -> n.get("kind").asText()).toList();
        assertThat(kinds).containsExactly("unanswered_request", "rst_fits_sender", "rst_for_forgotten_connection");
        JsonNode forgotten = c.at("/anomalies/2");
        assertThat(forgotten.get("peer_closed").asBoolean()).isFalse();
        assertThat(forgotten.at("/evidence/0/field").asText()).isEqualTo("tcp.seq_raw");
        assertThat(forgotten.at("/evidence/0/compared_frame").asLong()).isEqualTo(5);
        assertThat(forgotten.at("/evidence/0/value")).isEqualTo(forgotten.at("/evidence/0/compared_with"));
    }

    @Test
    void explainJsonGivesTheForgedResetsEvidenceAsFieldsValuesAndFrames() throws IOException {
        JsonNode e = json("explain", "-r", cap("middlebox-client.pcap"), "--json");
        JsonNode c = e.at("/conversations/1");
        JsonNode forged = list(c.get("anomalies")).stream().filter(n -> n.get("kind").asText().equals("forged_rst"))
                .findFirst().orElseThrow();
        assertThat(forged.get("frame").asLong()).isEqualTo(18);
        assertThat(forged.get("sender").asText()).isEqualTo("10.97.2.2:80");
        List<JsonNode> ev = list(forged.get("evidence"));
        assertThat(ev).extracting(n -> n.get("field").asText()).containsExactly("ip.ttl", "ip.id", "ip.flags.df");
        assertThat(ev.get(0).get("value").asInt()).isEqualTo(47);
        assertThat(ev.get(0).at("/earlier_values/0").asInt()).isEqualTo(63);
        assertThat(ev.get(1).get("value").asInt()).isEqualTo(54321);
        assertThat(ev.get(1).get("compared_with").asInt()).isEqualTo(41281);
        assertThat(ev.get(1).get("compared_frame").asLong()).isEqualTo(11);
        assertThat(ev.get(2).get("value").asBoolean()).isFalse();
        assertThat(c.at("/anomalies/0/kind").asText()).isEqualTo("unanswered_request");
        assertThat(c.at("/anomalies/0/frame").asLong()).isEqualTo(16);
    }

    /** The JSON tells of the same conversations, frames and trouble as the text. */
    @ParameterizedTest
    @ValueSource(strings = {"tcp-loss.pcap", "tcp-resets.pcap", "http-pipelined.pcap", "ipv6-http.pcap"})
    void explainJsonAndTextAgree(String capture) throws IOException {
        String text = TestData.run(null, "explain", "-r", cap(capture));
        JsonNode e = json("explain", "-r", cap(capture), "--json");
        List<String> fromText = text.lines().filter(l -> l.startsWith("TCP stream ")).map(l -> l.split(" \\(")[0])
                .toList();
        List<String> fromJson = new ArrayList<>();
        for (JsonNode c : e.get("conversations")) {
            fromJson.add("TCP stream %d: %s -> %s, frames %d-%d".formatted(c.get("stream").asInt(),
                    c.get("client").asText(), c.get("server").asText(), c.get("first_frame").asLong(),
                    c.get("last_frame").asLong()));
            List<String> events = list(c.get("events")).stream().map(n -> n.get("event").asText()).toList();
            long retrans = events.stream().filter("retransmission"::equals).count();
            if (retrans > 0) {
                assertThat(text).contains("Retransmissions: " + retrans + ": frame ");
            }
            long dupAcks = events.stream().filter("duplicate_ack"::equals).count();
            if (dupAcks > 0) {
                assertThat(text).contains("Duplicate ACKs: " + dupAcks + " (frames ");
            }
        }
        assertThat(fromJson).isEqualTo(fromText);
    }

    @Test
    void explainJsonWithAFilterThatMatchesNothing() throws IOException {
        JsonNode e = json("explain", "-r", cap("seed-rst.pcap"), "-Y", "tcp.port == 1", "--json");
        assertThat(e.get("filter").asText()).isEqualTo("tcp.port == 1");
        assertThat(e.get("conversations")).isEmpty();
    }
}
