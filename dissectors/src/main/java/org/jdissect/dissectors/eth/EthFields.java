package org.jdissect.dissectors.eth;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;

/** Ethernet II / IEEE 802.3 fields, as packet-eth.c registers them in Wireshark 4.0. */
public final class EthFields {
    /**
     * The Ethertype names Wireshark shows beside the number ("IPv4 (0x0800)") and packet-ethertype.c puts in Info
     * for a type it has no dissector for: packet-etypes' etype_vals of 4.0.17, all 141 (as {@code tshark -G values}
     * lists them for eth.type; the first name of a number wins, as val_to_str's search does).
     */
    public static final Map<Long, String> ETHERTYPES = Map.ofEntries(
            Map.entry(0x0800L, "IPv4"), Map.entry(0x86ddL, "IPv6"), Map.entry(0x8100L, "802.1Q Virtual LAN"),
            Map.entry(0x8102L, "Simple Loop Protection Protocol"), Map.entry(0x8103L, "Virtual LACP"),
            Map.entry(0x8104L, "Simple Loop Protection Protocol (old)"), Map.entry(0x0806L, "ARP"),
            Map.entry(0x872dL, "Cisco Wireless Lan Context Control Protocol"),
            Map.entry(0x8783L, "Motorola Media Independent Network Transport"),
            Map.entry(0x2452L, "IEEE 802.11 (Centrino promiscuous)"),
            Map.entry(0x0600L, "XNS Internet Datagram Protocol"), Map.entry(0x0805L, "X.25 Layer 3"),
            Map.entry(0x0842L, "Wake on LAN"), Map.entry(0x08f0L, "WiMax Mac-to-Mac"), Map.entry(0x3e3fL, "EPL_V1"),
            Map.entry(0x8035L, "RARP"), Map.entry(0x8038L, "DEC LanBridge"),
            Map.entry(0x809bL, "AppleTalk LLAP bridging"), Map.entry(0x80d5L, "SNA-over-Ethernet"),
            Map.entry(0x80e1L, "EtherNet/IP Device Level Ring"), Map.entry(0x80f3L, "AARP"),
            Map.entry(0x8137L, "Netware IPX/SPX"), Map.entry(0x0badL, "Vines IP"), Map.entry(0x0bafL, "Vines Echo"),
            Map.entry(0x1984L, "Netmon Train"), Map.entry(0x9000L, "Loopback"),
            Map.entry(0x885aL, "Foundry proprietary"), Map.entry(0x80ffL, "Wellfleet Compression Protocol"),
            Map.entry(0x8181L, "Spanning Tree Protocol"),
            Map.entry(0x81fdL, "Cabletron Interswitch Message Protocol"),
            Map.entry(0x81ffL, "Cabletron SFVLAN 1.8 Tag-Based Flood"), Map.entry(0x8204L, "QNX 6 QNET protocol"),
            Map.entry(0x8863L, "PPPoE Discovery"), Map.entry(0x8864L, "PPPoE Session"),
            Map.entry(0x886cL, "HomePNA, wlan link local tunnel"), Map.entry(0x886dL, "Intel ANS probe"),
            Map.entry(0x886fL, "MS NLB heartbeat"), Map.entry(0x8870L, "Jumbo LLC"),
            Map.entry(0x8874L, "Broadcom tag"), Map.entry(0x887bL, "Homeplug"), Map.entry(0x88e1L, "Homeplug AV"),
            Map.entry(0x88e3L, "MRP"), Map.entry(0x88a8L, "802.1ad Provider Bridge (Q-in-Q)"),
            Map.entry(0x88e5L, "802.1AE (MACsec)"),
            Map.entry(0x893aL, "1905.1a Convergent Digital Home Network for Heterogenous Technologies"),
            Map.entry(0x88e7L, "802.1ah Provider Backbone Bridge (mac-in-mac)"),
            Map.entry(0x893fL, "802.1br Bridge Port Extension E-Tag"), Map.entry(0x888eL, "802.1X Authentication"),
            Map.entry(0x88c7L, "802.11i Pre-Authentication"), Map.entry(0x8847L, "MPLS label switched packet"),
            Map.entry(0x8848L, "MPLS multicast label switched packet"), Map.entry(0x3c07L, "3Com NBP Datagram"),
            Map.entry(0x6000L, "DEC proto"), Map.entry(0x6001L, "DEC DNA Dump/Load"),
            Map.entry(0x6002L, "DEC DNA Remote Console"), Map.entry(0x6003L, "DEC DNA Routing"),
            Map.entry(0x6004L, "DEC LAT"), Map.entry(0x6005L, "DEC Diagnostics"),
            Map.entry(0x6006L, "DEC Customer use"), Map.entry(0x6007L, "DEC LAVC/SCA"),
            Map.entry(0x8041L, "DEC LAST"), Map.entry(0x6558L, "Transparent Ethernet bridging"),
            Map.entry(0x2001L, "Cisco Group Management Protocol"), Map.entry(0x22e5L, "Gigamon Header"),
            Map.entry(0x22eaL, "802.1Qat Multiple Stream Reservation Protocol"),
            Map.entry(0x88f6L, "802.1ak Multiple Mac Registration Protocol"),
            Map.entry(0x894fL, "Network Service Header"), Map.entry(0x8988L, "PA HB Backup"),
            Map.entry(0x22f0L, "IEEE 1722 Audio Video Transport Protocol"),
            Map.entry(0x22f1L, "Robust Header Compression(RoHC)"),
            Map.entry(0x22f3L, "Transparent Interconnection of Lots of Links"),
            Map.entry(0x22f4L, "Intermediate System to Intermediate System"), Map.entry(0x8808L, "MAC Control"),
            Map.entry(0x8809L, "Slow Protocols"), Map.entry(0x9021L, "Real-Time Media Access Control"),
            Map.entry(0x9022L, "Real-Time Configuration Protocol"),
            Map.entry(0x8881L, "CDMA2000 A10 Unstructured byte stream"), Map.entry(0x8884L, "ATM over Ethernet"),
            Map.entry(0x8892L, "PROFINET"), Map.entry(0x8899L, "Realtek Layer 2 Protocols"),
            Map.entry(0x88a2L, "ATA over Ethernet"), Map.entry(0x88a4L, "EtherCAT frame"),
            Map.entry(0x88a1L, "Telkonet powerline"), Map.entry(0x88abL, "ETHERNET Powerlink v2"),
            Map.entry(0x88adL, "XiMeta Technology"), Map.entry(0x889bL, "CSM_ENCAPS Protocol"),
            Map.entry(0x88b5L, "Local Experimental Ethertype 1"),
            Map.entry(0x88b6L, "Local Experimental Ethertype 2"),
            Map.entry(0x88b7L, "IEEE 802a OUI Extended Ethertype"), Map.entry(0x88b8L, "IEC 61850/GOOSE"),
            Map.entry(0x88b9L, "IEC 61850/GSE management services"),
            Map.entry(0x88baL, "IEC 61850/SV (Sampled Value Transmission"),
            Map.entry(0x88caL, "Transparent Inter Process Communication"),
            Map.entry(0x88ccL, "802.1 Link Layer Discovery Protocol (LLDP)"),
            Map.entry(0x88d2L, "CDMA2000 A10 3GPP2 Packet"), Map.entry(0x891dL, "TTEthernet Protocol Control Frame"),
            Map.entry(0x88d8L, "Circuit Emulation Services over Ethernet (MEF8)"),
            Map.entry(0x88d9L, "Link Layer Topology Discovery (LLTD)"),
            Map.entry(0x88dcL, "(WAVE) Short Message Protocol (WSM)"), Map.entry(0x88deL, "VMware Lab Manager"),
            Map.entry(0x8819L, "Cirrus Cobranet Packet"), Map.entry(0x8133L, "Juniper Netscreen Redundant Protocol"),
            Map.entry(0x9104L, "EERO Broadcast Packet"), Map.entry(0x8021L, "PPP IP Control Protocol"),
            Map.entry(0xc021L, "PPP Link Control Protocol"),
            Map.entry(0xc023L, "PPP Password Authentication Protocol"),
            Map.entry(0x80fdL, "PPP Compression Control Protocol"),
            Map.entry(0xcafeL, "Veritas Low Latency Transport (not officially registered)"),
            Map.entry(0x8902L, "IEEE 802.1ag Connectivity Fault Management (CFM) protocol"),
            Map.entry(0x8903L, "Data Center Ethernet (DCE) protocol(Cisco)"),
            Map.entry(0x8906L, "Fibre Channel over Ethernet"), Map.entry(0x890dL, "IEEE 802.11 data encapsulation"),
            Map.entry(0x8911L, "LINX IPC Protocol"), Map.entry(0x8914L, "FCoE Initialization Protocol"),
            Map.entry(0x8917L, "Media Independent Handover Protocol"),
            Map.entry(0x88eeL, "Ethernet Local Management Interface (MEF16)"),
            Map.entry(0x88f7L, "PTPv2 over Ethernet (IEEE1588)"),
            Map.entry(0x88f8L, "Network Controller Sideband Interface"),
            Map.entry(0x88fbL, "Parallel Redundancy Protocol (PRP) and HSR Supervision (IEC62439 Part 3)"),
            Map.entry(0x8901L, "Flow Layer Internal Protocol"), Map.entry(0x8915L, "RDMA over Converged Ethernet"),
            Map.entry(0xd00dL, "Digium TDM over Ethernet Protocol"),
            Map.entry(0x88b4L, "WAI Authentication Protocol"), Map.entry(0x8926L, "VN-Tag"),
            Map.entry(0x892bL, "Schweitzer Engineering Labs Layer 2 Protocol"),
            Map.entry(0x892fL, "High-availability Seamless Redundancy (IEC62439 Part 3)"),
            Map.entry(0x08ffL, "AX.25"), Map.entry(0x8909L, "CiscoMetaData"), Map.entry(0x8947L, "GeoNetworking"),
            Map.entry(0xc0deL, "eXpressive Internet Protocol"), Map.entry(0xc0dfL, "Neighborhood Watch Protocol"),
            Map.entry(0x892dL, "bluecom Protocol"), Map.entry(0x9100L, "QinQ: old non-standard 802.1ad"),
            Map.entry(0x99feL, "Technically Enhanced Capture Module Protocol (TECMP)"), Map.entry(0xa0edL, "6LoWPAN"),
            Map.entry(0xd28bL, "Arista Timestamp"), Map.entry(0xaefeL, "eCPRI"),
            Map.entry(0xb4e3L, "CableLabs Layer-3 Protocol"), Map.entry(0xe555L, "EXos internal Extra Header"),
            Map.entry(0xfff2L, "Cisco ACI ARP gleaning"),
            Map.entry(0xf1c1L, "802.1CB Frame Replication and Elimination for Reliability"));

    private static final String LG_LOCAL = "Locally administered address (this is NOT the factory default)";
    private static final String LG_GLOBAL = "Globally unique address (factory default)";
    private static final String IG_GROUP = "Group address (multicast/broadcast)";
    private static final String IG_INDIV = "Individual address (unicast)";

    public static final FieldDef ETH = FieldDef.builder("eth", "Ethernet", PROTOCOL).blurb("Ethernet").build();
    public static final FieldDef DST = FieldDef.builder("eth.dst", "Destination", ETHER).build();
    public static final FieldDef DST_RESOLVED = FieldDef.builder("eth.dst_resolved", "Destination (resolved)", STRING)
            .build();
    public static final FieldDef DST_OUI = FieldDef.builder("eth.dst.oui", "Destination OUI", UINT24).build();
    public static final FieldDef DST_OUI_RESOLVED = FieldDef.builder("eth.dst.oui_resolved",
            "Destination OUI (resolved)", STRING)
            .blurb("Destination Organizationally Unique Identifier (resolved)").build();
    public static final FieldDef DST_LG = lg("eth.dst.lg");
    public static final FieldDef DST_IG = ig("eth.dst.ig");
    public static final FieldDef SRC = FieldDef.builder("eth.src", "Source", ETHER).build();
    public static final FieldDef SRC_RESOLVED = FieldDef.builder("eth.src_resolved", "Source (resolved)", STRING)
            .build();
    public static final FieldDef SRC_OUI = FieldDef.builder("eth.src.oui", "Source OUI", UINT24).build();
    public static final FieldDef SRC_OUI_RESOLVED = FieldDef.builder("eth.src.oui_resolved", "Source OUI (resolved)",
            STRING).blurb("Source Organizationally Unique Identifier (resolved)").build();
    public static final FieldDef SRC_LG = lg("eth.src.lg");
    public static final FieldDef SRC_IG = ig("eth.src.ig");
    public static final FieldDef ADDR = FieldDef.builder("eth.addr", "Address", ETHER).build();
    public static final FieldDef ADDR_RESOLVED = FieldDef.builder("eth.addr_resolved", "Address (resolved)", STRING)
            .build();
    public static final FieldDef ADDR_OUI = FieldDef.builder("eth.addr.oui", "Address OUI", UINT24).build();
    public static final FieldDef ADDR_OUI_RESOLVED = FieldDef.builder("eth.addr.oui_resolved",
            "Address OUI (resolved)", STRING).blurb("Address Organizationally Unique Identifier (resolved)").build();
    public static final FieldDef LG = lg("eth.lg");
    public static final FieldDef IG = ig("eth.ig");
    public static final FieldDef TYPE = FieldDef.builder("eth.type", "Type", UINT16).hex().names(ETHERTYPES).build();
    public static final FieldDef LEN = FieldDef.builder("eth.len", "Length", UINT16).build();
    public static final FieldDef PADDING = FieldDef.builder("eth.padding", "Padding", BYTES).build();
    public static final FieldDef TRAILER = FieldDef.builder("eth.trailer", "Trailer", BYTES).build();
    public static final FieldDef FCS = FieldDef.builder("eth.fcs", "Frame check sequence", UINT32).hex().build();
    public static final FieldDef FCS_STATUS = FieldDef.builder("eth.fcs.status", "FCS Status", UINT8)
            .base(org.jdissect.api.field.Base.NONE).names(Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified")).build();
    /** A trailer where zeros were expected as padding (eth.padding_bad: a note, in Wireshark's "Ethertype"). */
    public static final ExpertDef EI_PADDING_BAD = ExpertDef.of("eth.padding_bad", ExpertGroup.PROTOCOL,
            ExpertSeverity.NOTE, "Padding identification may be inaccurate and impact trailer dissector");
    /** An 802.3 length field that counts bytes past the end of the frame (packet-ieee8023.c). */
    public static final ExpertDef EI_LEN_PAST_END = ExpertDef.of("eth.len.past_end", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Length field value goes past the end of the payload");
    /** A source address with the group bit set. */
    public static final ExpertDef EI_SRC_NOT_GROUP = ExpertDef.of("eth.src_not_group", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Source MAC must not be a group address: IEEE 802.3-2002, Section 3.2.3(b)");
    /** The Ethertype dispatcher is a protocol of its own in frame.protocols ("eth:ethertype:ip"). */
    public static final FieldDef ETHERTYPE = FieldDef.builder("ethertype", "Ethertype", PROTOCOL).blurb("Ethertype")
            .build();

    /** Every item of the two addresses, skipped with one test when the tree keeps none of them. */
    static final FieldSet ADDRESS_ITEMS = Expert.group(java.util.List.of(DST, DST_RESOLVED, DST_OUI,
            DST_OUI_RESOLVED, DST_LG, DST_IG, SRC, SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, SRC_LG, SRC_IG, ADDR,
            ADDR_RESOLVED, ADDR_OUI, ADDR_OUI_RESOLVED, LG, IG), EI_SRC_NOT_GROUP);
    static final FieldDef[] ALL = {ETH, DST, DST_RESOLVED, DST_OUI, DST_OUI_RESOLVED, DST_LG, DST_IG, SRC,
        SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, SRC_LG, SRC_IG, ADDR, ADDR_RESOLVED, ADDR_OUI, ADDR_OUI_RESOLVED, LG, IG, TYPE, LEN, PADDING, TRAILER, FCS, FCS_STATUS,
        ETHERTYPE};

    private static FieldDef lg(String abbrev) {
        return FieldDef.builder(abbrev, "LG bit", BOOLEAN).mask(0x020000, 24).trueFalse(LG_LOCAL, LG_GLOBAL).build();
    }

    private static FieldDef ig(String abbrev) {
        return FieldDef.builder(abbrev, "IG bit", BOOLEAN).mask(0x010000, 24).trueFalse(IG_GROUP, IG_INDIV).build();
    }

    private EthFields() {
    }
}
