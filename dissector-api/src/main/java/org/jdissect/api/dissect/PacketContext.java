package org.jdissect.api.dissect;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.LimitHits;
import org.jdissect.api.limits.Limits;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/**
 * What the dissectors of one packet share, like Wireshark's {@code packet_info}: the record, the tree being built,
 * the capture's {@link Session}, the addresses and ports found so far, and small per-packet hand-over slots.
 * One context is reused for every packet of a session.
 */
public final class PacketContext {
    private final Engine engine;
    private final Session session;
    private final ProtoTree tree;
    private PacketRecord record;
    private final StringBuilder protocols = new StringBuilder(64);
    private String currentProto = "frame";

    /**
     * The link layer's destination MAC address (Wireshark's pinfo->dl_dst when it is an Ethernet address), or -1:
     * spanning tree tells GARP's BPDUs apart by it.
     */
    public long dlDst = -1;
    /** The first 802.1Q tag's VLAN ID (pinfo->vlan_id), or 0: IPv4 keeps private addresses' fragments per VLAN. */
    public int vlanId;
    /** 4 or 6 once a network layer set the addresses; 0 before. */
    public int netVersion;
    public long src4;
    public long dst4;
    public ByteView src6;
    public ByteView dst6;
    public int srcPort;
    public int dstPort;
    /** Wireshark's port type of the transport that set the ports: "tcp", "udp"… */
    public String portType;
    /** The UDP conversation's index ({@code udp.stream}) once UDP set the ports; -1 before (a UDP conversation). */
    public int udpStream = -1;
    /**
     * Whether the payload being dissected is a fragment of a larger datagram (pinfo->fragmented): the first fragment
     * of one that was not reassembled, so the layer above must not take its own length for a lie.
     */
    public boolean fragmented;
    /**
     * Why this packet may not be reassembled (pinfo->noreassembly_reason), such as " [incorrect TCP checksum]", or
     * null: the unreassembled-packet marker and its Info text name it.
     */
    public String noReassemblyReason;
    /**
     * The length the network layer took of its link layer's payload (Wireshark's set_actual_length), or -1: when a
     * layer above throws, the link layer still shows what lies past it as padding and trailer.
     */
    public int networkLength = -1;
    /** IP layers entered and not yet left in this packet (IP in IP nesting, capped by the IP dissectors). */
    public int ipDepth;
    /**
     * What a protocol above TCP put in tshark's Info column for a PDU it asked TCP to reassemble further (HTTP's
     * first line, as Latin-1: one char a byte), or null. The tree cannot show it (the protocol adds no items until
     * its PDU is whole), yet tshark's summary line does: "HTTP/1.1 200 OK  [TCP segment of a reassembled PDU]".
     * A reference to text the dissector already had, so setting it costs nothing.
     */
    public String pendingInfo;

    private boolean labels = true;
    private boolean treeless;

    /** Buffers made from the frame's bytes this packet (reassembled, de-chunked…), after the frame itself. */
    private String[] sourceNames = new String[2];
    private ByteView[] sourceViews = new ByteView[2];
    private int sources;

    private final Object[] slotKeys = new Object[8];
    private final Object[] slotValues = new Object[8];
    private int slots;

    public PacketContext(Engine engine, Session session, ProtoTree tree) {
        this.engine = engine;
        this.session = session;
        this.tree = tree;
    }

    /**
     * Says that this packet, just dissected, is not displayed (a display filter rejected it): the next packet's
     * {@code frame.time_delta_displayed} counts from the last one that was, as tshark's does. Call it before the next
     * packet is dissected.
     */
    public void notDisplayed() {
        // looked up once per context: with a selective filter nearly every packet comes here
        if (displayed == null) {
            displayed = session.get(DisplayedFrames.class, DisplayedFrames::new);
        }
        displayed.undo();
    }

    private DisplayedFrames displayed;

    /** Prepares for the next packet. */
    public void reset(PacketRecord rec) {
        record = rec;
        tree.clear();
        protocols.setLength(0);
        currentProto = "frame";
        dlDst = -1;
        vlanId = 0;
        netVersion = 0;
        src4 = 0;
        dst4 = 0;
        src6 = null;
        dst6 = null;
        srcPort = 0;
        dstPort = 0;
        portType = null;
        udpStream = -1;
        fragmented = false;
        noReassemblyReason = null;
        networkLength = -1;
        ipDepth = 0;
        pendingInfo = null;
        if (appendedInfo != null) {
            appendedInfo.setLength(0);
        }
        for (int i = 0; i < slots; i++) {
            slotKeys[i] = null;
            slotValues[i] = null;
        }
        slots = 0;
        for (int i = 0; i < sources; i++) {
            sourceViews[i] = null; // a reassembled buffer must not stay pinned by the context
        }
        sources = 0;
    }

    /**
     * Notes a buffer the packet's bytes were made into (Wireshark's add_new_data_source): a reassembled PDU or
     * datagram, a de-chunked or uncompressed body… under the name tshark's {@code -x} prints above its rows
     * ("Reassembled TCP"). The frame's own bytes are the first source, without a call.
     */
    public void addDataSource(String name, ByteView bytes) {
        if (sources == sourceNames.length) {
            sourceNames = java.util.Arrays.copyOf(sourceNames, sources * 2);
            sourceViews = java.util.Arrays.copyOf(sourceViews, sources * 2);
        }
        sourceNames[sources] = name;
        sourceViews[sources] = bytes;
        sources++;
    }

    /**
     * Forgets {@code bytes} as a data source (the last time it was added), as packet-tcp.c's remove_last_data_source
     * does when the protocol above finds a reassembled PDU still short: the bytes wait for more segments.
     */
    public void dropDataSource(ByteView bytes) {
        for (int i = sources - 1; i >= 0; i--) {
            if (sourceViews[i] == bytes) {
                System.arraycopy(sourceNames, i + 1, sourceNames, i, sources - i - 1);
                System.arraycopy(sourceViews, i + 1, sourceViews, i, sources - i - 1);
                sources--;
                sourceViews[sources] = null;
                return;
            }
        }
    }

    /** How many buffers the packet's items lie in: the frame and those of {@link #addDataSource}. */
    public int dataSourceCount() {
        return 1 + sources;
    }

    /** The name of data source {@code i} ("Frame" for 0). */
    public String dataSourceName(int i) {
        return i == 0 ? "Frame" : sourceNames[i - 1];
    }

    /** The bytes of data source {@code i} (the frame's for 0). */
    public ByteView dataSource(int i) {
        return i == 0 ? record.data() : sourceViews[i - 1];
    }

    /**
     * Whether tree labels are wanted this capture. When false (the output prints values only: {@code -T fields},
     * {@code -Y}, tcpdump text) dissectors may skip building the text of {@link ProtoNode#label}: values, offsets
     * and lengths are always set. A node with no label then shows its default "Name: value" form.
     */
    public boolean labels() {
        return labels;
    }

    /**
     * Whether no protocol tree is wanted at all: tshark's {@code tree == NULL}, as for its plain summary lines. A few
     * dissectors run code only when they build a tree (packet-syslog.c's header parsing, under {@code if (tree)}),
     * and an exception in it marks a packet malformed in -V, -Y and -T output but not on a summary line.
     */
    public boolean treeless() {
        return treeless;
    }

    void setTreeless(boolean none) {
        treeless = none;
    }

    void setLabels(boolean wanted) {
        labels = wanted;
    }

    /** Whether the tree being built keeps {@code f}: a dissector may skip computing a value nobody reads. */
    public boolean wants(FieldDef f) {
        return tree.keeps(f);
    }

    public Engine engine() {
        return engine;
    }

    /** The engine's resource caps; modules read their values once, when they create their per-capture state. */
    public Limits limits() {
        return session.limits();
    }

    /**
     * Reports that {@code limit} was reached in this packet: adds the {@code jdissect.limit} expert item under
     * {@code where} (message, then the limit and how to raise it) and counts the hit for the capture's tally.
     * Only called when a cap is hit, so building the message costs nothing on the normal path.
     */
    public ProtoNode limitReached(Limit limit, ProtoNode where, String message) {
        session.limitHits().hit(limit, record == null ? 0 : record.number(), message);
        return Expert.add(this, where, LimitHits.EXPERT, message + " [limit " + limit.key() + " = "
                + limits().get(limit) + "; raise it with " + Limits.howToRaise(limit) + "]");
    }

    /** Counts a hit whose marker was added another way (the frame dissector's "Dissector bug" item). */
    public void countLimit(Limit limit, String message) {
        session.limitHits().hit(limit, record == null ? 0 : record.number(), message);
    }

    /** What caps this context's capture has reached so far (kept by the session: every context of it counts). */
    public LimitHits limitHits() {
        return session.limitHits();
    }

    public Session session() {
        return session;
    }

    public ProtoTree tree() {
        return tree;
    }

    public PacketRecord record() {
        return record;
    }

    public long frameNumber() {
        return record.number();
    }

    /** Appends a layer to {@code frame.protocols} ("eth:ethertype:ip:tcp"). */
    public void addProtocol(String name) {
        if (protocols.length() > 0) {
            protocols.append(':');
        }
        protocols.append(name);
    }

    public CharSequence protocols() {
        return protocols;
    }

    /** The last few {@link #protocolsText} values, tried before making a new string; a capture has few stacks. */
    private final String[] protocolTexts = {"", "", "", ""};
    private int nextProtocolText;

    /**
     * {@link #protocols} as a String, equal to one made before when the stack was seen lately: a full tree has
     * {@code frame.protocols} in every packet, and a new string for it was a tenth of dissecting Ethernet, IPv4 and
     * TCP. Packets alternate between a few stacks (an ACK, a data segment, an HTTP message), hence four entries.
     */
    public String protocolsText() {
        for (String s : protocolTexts) {
            if (s.contentEquals(protocols)) {
                return s;
            }
        }
        String s = protocols.toString();
        protocolTexts[nextProtocolText] = s;
        nextProtocolText = (nextProtocolText + 1) & 3;
        return s;
    }

    /** Where {@code frame.protocols} ends now, for {@link #dropProtocolsAfter}. */
    public int protocolsMark() {
        return protocols.length();
    }

    /**
     * Forgets the layers added since {@code mark}: a dissector that rejects its packet (returns 0) leaves no layer,
     * as Wireshark's call_dissector_work removes it, though the items it added stay in the tree.
     */
    public void dropProtocolsAfter(int mark) {
        if (mark < protocols.length()) {
            protocols.setLength(mark);
        }
    }

    private StringBuilder appendedInfo;

    /**
     * Appends to the Info column once the packet is dissected, as a tap listener's col_append_fstr does (tshark's
     * {@code -z proto,colinfo}): the summary adds it after whatever the dissectors wrote.
     */
    public void appendInfo(String text) {
        if (appendedInfo == null) {
            appendedInfo = new StringBuilder();
        }
        appendedInfo.append(text);
    }

    /** What {@link #appendInfo} added to this packet's Info column ("" for nothing). */
    public CharSequence appendedInfo() {
        return appendedInfo == null ? "" : appendedInfo;
    }

    /** The protocol being dissected, named in a "[Malformed Packet: X]" marker if its bytes run out. */
    public void setCurrentProto(String shortName) {
        currentProto = shortName;
    }

    public String currentProto() {
        return currentProto;
    }

    /** Hands a value to dissectors further down this packet (e.g. TCP's segment info to HTTP). */
    public <T> void put(Class<T> key, T value) {
        for (int i = 0; i < slots; i++) {
            if (slotKeys[i] == key) {
                slotValues[i] = value;
                return;
            }
        }
        if (slots == slotKeys.length) {
            throw new IllegalStateException("too many per-packet slots");
        }
        slotKeys[slots] = key;
        slotValues[slots++] = value;
    }

    /** The value a lower layer handed over under {@code key}, or null. */
    public <T> T get(Class<T> key) {
        for (int i = 0; i < slots; i++) {
            if (slotKeys[i] == key) {
                return key.cast(slotValues[i]);
            }
        }
        return null;
    }
}
