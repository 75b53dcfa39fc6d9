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
    /** The Ethertype names Wireshark shows beside the number ("IPv4 (0x0800)"). */
    public static final Map<Long, String> ETHERTYPES = Map.ofEntries(
            Map.entry(0x0800L, "IPv4"), Map.entry(0x0806L, "ARP"), Map.entry(0x86ddL, "IPv6"),
            Map.entry(0x8100L, "802.1Q Virtual LAN"), Map.entry(0x88a8L, "802.1ad Provider Bridge (Q-in-Q)"),
            Map.entry(0x8035L, "RARP"), Map.entry(0x8847L, "MPLS label switched packet"),
            Map.entry(0x8848L, "MPLS multicast label switched packet"), Map.entry(0x8863L, "PPPoE Discovery"),
            Map.entry(0x8864L, "PPPoE Session"), Map.entry(0x888eL, "802.1X Authentication"),
            Map.entry(0x88ccL, "802.1 Link Layer Discovery Protocol (LLDP)"), Map.entry(0x8809L, "Slow Protocols"),
            Map.entry(0x88f7L, "PTPv2 over Ethernet (IEEE1588)"), Map.entry(0x9000L, "Loopback"),
            Map.entry(0x0842L, "Wake on LAN"), Map.entry(0x22f0L, "IEEE 1722 Audio Video Bridging Transport Protocol"),
            Map.entry(0x8137L, "Netware IPX/SPX"), Map.entry(0x880bL, "PPP"), Map.entry(0x88e5L, "802.1AE (MACsec)"));

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
