package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link VantageDiff} found between two captures of the same TCP connections, before any wording:
 * {@link DiffText} and {@link DiffJson} render it. Everything is held from the two vantage points' view (nearer the
 * client, nearer the server); {@code clientFirst} remembers which one the user named first ("A").
 *
 * @param client      the capture taken nearer the clients
 * @param server      the capture taken nearer the servers
 * @param clientFirst the client-side capture was given first
 * @param groups      one per connection: the client side's in order, then those only the server side has
 */
public record DiffReport(Source client, Source server, boolean clientFirst, List<Group> groups) {

    /** A capture as the report names it. */
    public record Source(String file, int tcpPackets) {
    }

    /** Which way a packet travels. */
    public enum Direction {
        CLIENT_TO_SERVER, SERVER_TO_CLIENT;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why a packet is in one capture only. */
    public enum Verdict {
        /** Its sender's side has it and the receiver's side, capturing at the time, does not. */
        DROPPED,
        /** It reached the receiver's side claiming to come from the far side, whose capture lacks it. */
        INJECTED,
        /** The other capture was not running when it passed: not judged. */
        OUTSIDE_TIME_SPAN,
        /** The other capture has no packet of its connection at all. */
        NO_CONVERSATION;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One TCP connection's streams in each capture, null where a capture lacks it.
     *
     * @param pairs        the packets both captures have, in the client side's order
     * @param onlyAtClient the packets only the client-side capture has, in its order
     * @param onlyAtServer the packets only the server-side capture has, in its order
     */
    public record Group(Span atClient, Span atServer, List<Pair> pairs, List<Lone> onlyAtClient,
            List<Lone> onlyAtServer) {

        /** Both captures have the connection. */
        public boolean paired() {
            return atClient != null && atServer != null;
        }

        /** The endpoints as the server side sees them differ from the client side's (NAT between the points). */
        public boolean translated() {
            return paired() && !(atClient.client().equals(atServer.client())
                    && atClient.server().equals(atServer.server()));
        }

        /** The pairs that differ in some field. */
        public List<Pair> changed() {
            return pairs.stream().filter(p -> !p.changes().isEmpty()).toList();
        }

        /** The unmatched packets of both sides with {@code v}, client side's first. */
        public List<Lone> judged(Verdict v) {
            List<Lone> out = new ArrayList<>();
            onlyAtClient.stream().filter(l -> l.verdict() == v).forEach(out::add);
            onlyAtServer.stream().filter(l -> l.verdict() == v).forEach(out::add);
            return out;
        }

        /** {@code l} is one of the client side's unmatched packets (identity: both captures may be one file). */
        public boolean atClient(Lone l) {
            return onlyAtClient.stream().anyMatch(x -> x == l);
        }

        /** How the TTL changed on the way in direction {@code d}, by step, in the text's order. */
        public List<TtlStep> ttlSteps(Direction d) {
            Map<String, TtlStep> steps = new LinkedHashMap<>();
            for (Pair p : pairs) {
                if (p.direction() == d) {
                    Pkt sent = p.sent();
                    Pkt received = p.received();
                    steps.merge(sent.ttl() + " -> " + received.ttl(), new TtlStep(sent.ttl(), received.ttl(), 1),
                            (a, b) -> new TtlStep(a.sent(), a.received(), a.packets() + 1));
                }
            }
            List<TtlStep> out = new ArrayList<>(steps.values());
            // ordered as their "64 -> 63" text sorts, which is how the text has always listed them
            out.sort(Comparator.comparing(s -> s.sent() + " -> " + s.received()));
            return out;
        }

        /** How many matched packets arrived with another IP ID than they were sent with. */
        public int ipIdRewrites() {
            return (int) pairs.stream().filter(p -> p.atClient().ipId() != p.atServer().ipId()).count();
        }

        public Timing timing() {
            List<Long> up = new ArrayList<>();
            List<Long> down = new ArrayList<>();
            for (Pair p : pairs) {
                (p.direction() == Direction.CLIENT_TO_SERVER ? up : down).add(p.delayNanos());
            }
            return new Timing(up, down);
        }
    }

    /**
     * A connection's stream in one capture, with the endpoints as seen there.
     *
     * @param client the endpoint that opened the connection, as this capture sees it
     */
    public record Span(int stream, String client, String server, long firstFrame, long lastFrame, int packets) {
    }

    /**
     * One packet both captures have.
     *
     * @param changes the fields whose value differs between the two captures, in header order
     */
    public record Pair(Pkt atClient, Pkt atServer, Direction direction, List<FieldChange> changes) {
        public Pkt sent() {
            return direction == Direction.CLIENT_TO_SERVER ? atClient : atServer;
        }

        public Pkt received() {
            return direction == Direction.CLIENT_TO_SERVER ? atServer : atClient;
        }

        /** Receiving capture's time minus sending capture's: the one-way delay plus the clocks' offset. */
        public long delayNanos() {
            return received().time() - sent().time();
        }
    }

    /**
     * A field that changed between the capture points: a Wireshark field name and its value at each point
     * (Integer, Boolean or String).
     */
    public record FieldChange(String field, Object atClient, Object atServer) {
    }

    /**
     * A packet one capture has and the other does not.
     *
     * @param genuine for an injected packet, the claimed sender's last genuine packet at the same point (null when
     *                there is none), to compare with
     */
    public record Lone(Pkt packet, Direction direction, Verdict verdict, Genuine genuine) {
    }

    /**
     * What the claimed sender's real packets look like where a forged one was seen.
     *
     * @param last the last of them
     * @param fits the forged packet's TTL, IP ID and DF fit them ({@link Explain#misfits} finds nothing)
     */
    public record Genuine(Pkt last, boolean fits) {
    }

    /** A TTL change seen on {@code packets} packets: sent with {@code sent}, received with {@code received}. */
    public record TtlStep(int sent, int received, int packets) {
        public int hops() {
            return sent - received;
        }
    }

    /**
     * The one-way delays of the matched packets, in nanoseconds; each includes the offset between the two capture
     * clocks, with opposite signs in the two directions.
     */
    public record Timing(List<Long> up, List<Long> down) {
        /** The median client-to-server delay, or null without samples. */
        public Long upMedian() {
            return median(up);
        }

        /** The median server-to-client delay, or null without samples. */
        public Long downMedian() {
            return median(down);
        }

        /** The medians' sum: a round trip between the two capture points, free of the clocks' offset; or null. */
        public Long roundTripNanos() {
            return up.isEmpty() || down.isEmpty() ? null : upMedian() + downMedian();
        }

        /**
         * The server-side clock minus the client-side one, if the path is as fast both ways: half the medians'
         * difference (truncated to the nanosecond); null unless both directions have samples.
         */
        public Long clockOffsetNanos() {
            return up.isEmpty() || down.isEmpty() ? null : (upMedian() - downMedian()) / 2;
        }

        /** The upper median, as the text has always used it. */
        private static Long median(List<Long> v) {
            if (v.isEmpty()) {
                return null;
            }
            List<Long> s = new ArrayList<>(v);
            Collections.sort(s);
            return s.get(s.size() / 2);
        }
    }
}
