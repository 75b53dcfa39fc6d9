package org.jdissect.dissectors.lldp;

import static org.jdissect.api.field.FieldType.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;

/**
 * packet-lldp.c's fields as tshark 4.0.17 registers them ({@code tshark -G fields}): the TLV header, the mandatory
 * and basic TLVs, and the IEEE 802.1 and 802.3 organizationally specific ones. The value tables are 4.0.17's
 * ({@code tshark -G values}).
 */
final class LldpFields {
    private LldpFields() {
    }

    private static Map<Long, String> names(Object... kv) {
        Map<Long, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((Long) kv[i], (String) kv[i + 1]);
        }
        return Map.copyOf(m);
    }

    static final Map<Long, String> TLV_TYPES = names(
            0L, "End of LLDPDU", 1L, "Chassis Id", 2L, "Port Id", 3L, "Time to Live", 4L, "Port Description",
            5L, "System Name", 6L, "System Description", 7L, "System Capabilities", 8L, "Management Address",
            127L, "Organization Specific");
    static final Map<Long, String> CHASSIS_SUBTYPES = names(
            0L, "Reserved", 1L, "Chassis component", 2L, "Interface alias", 3L, "Port component", 4L, "MAC address",
            5L, "Network address", 6L, "Interface name", 7L, "Locally assigned");
    static final Map<Long, String> PORT_SUBTYPES = names(
            0L, "Reserved", 1L, "Interface alias", 2L, "Port component", 3L, "MAC address", 4L, "Network address",
            5L, "Interface name", 6L, "Agent circuit Id", 7L, "Locally assigned");
    static final Map<Long, String> ADDRESS_FAMILIES = names(
            0L, "Reserved", 1L, "IPv4", 2L, "IPv6", 3L, "NSAP", 4L, "HDLC (8-bit multidrop)", 5L, "BBN 1822",
            6L, "802 (includes all 802 media plus Ethernet)", 7L, "E.163", 8L, "E.164 (SMDS, Frame Relay, ATM)",
            9L, "F.69 (Telex)", 10L, "X.121 (X.25, Frame Relay)", 11L, "IPX", 12L, "Appletalk", 13L, "Decnet IV",
            14L, "Banyan Vines", 15L, "E.164 with NSAP subaddress", 16L, "DNS (Domain Name System)",
            17L, "Distinguished Name", 18L, "AS Number", 19L, "XTP over IP version 4", 20L, "XTP over IP version 6",
            21L, "XTP native mode XTP", 22L, "Fibre Channel World-Wide Port Name",
            23L, "Fibre Channel World-Wide Node Name", 24L, "GWID", 25L, "Layer-2 VPN", 196L, "Layer-2 VPN (old)",
            26L, "MPLS-TP Section Endpoint Identifier", 27L, "MPLS-TP LSP Endpoint Identifier",
            28L, "MPLS-TP Pseudowire Endpoint Identifier", 29L, "MT IP: Multi-Topology IP version 4",
            30L, "MT IPv6: Multi-Topology IP version 6", 16384L, "EIGRP Common Service Family",
            16385L, "EIGRP IPv4 Service Family", 16386L, "EIGRP IPv6 Service Family",
            16387L, "LISP Canonical Address Format (LCAF)", 16388L, "BGP-LS", 16389L, "48-bit MAC Address",
            16390L, "64-bit MAC Address", 16391L, "OUI", 16392L, "MAC/24", 16393L, "MAC/40", 16394L, "IPv6/64",
            16395L, "RBridge Port ID", 16396L, "TRILL Nickname", 65535L, "Reserved");
    static final Map<Long, String> INTERFACE_SUBTYPES = names(
            1L, "Unknown", 2L, "ifIndex", 3L, "System port number");
    static final Map<Long, String> IEEE_802_1_SUBTYPES = names(
            1L, "Port VLAN ID", 2L, "Port and Protocol VLAN ID", 3L, "VLAN Name", 4L, "Protocol Identity",
            5L, "VID Usage Digest", 6L, "Management VID", 7L, "Link Aggregation", 8L, "Congestion Notification",
            9L, "ETS Configuration", 10L, "ETS Recommendation", 11L, "Priority Flow Control Configuration",
            12L, "Application Protocol", 13L, "EVB", 14L, "CDCP", 15L, "Port extension", 16L, "Application VLAN",
            17L, "LRP ECP Discovery", 18L, "LRP TCP Discovery", 19L, "Congestion Isolation",
            20L, "Topology Recognition");
    static final Map<Long, String> IEEE_802_3_SUBTYPES = names(
            1L, "MAC/PHY Configuration/Status", 2L, "Power Via MDI", 3L, "Link Aggregation",
            4L, "Maximum Frame Size", 5L, "EEE (Energy-Efficient Ethernet)",
            7L, "IEEE 802.3br Additional Ethernet capabilities");
    static final Map<Long, String> MAU_TYPES = names(
            0L, "other or unknown", 1L, "AUI - no internal MAU, view from AUI", 2L, "10Base5 - thick coax MAU",
            3L, "Foirl - FOIRL MAU", 4L, "10Base2 - thin coax MAU", 5L, "10BaseT - UTP MAU",
            6L, "10BaseFP - passive fiber MAU", 7L, "10BaseFB - sync fiber MAU", 8L, "10BaseFL - async fiber MAU",
            9L, "10Broad36 - broadband DTE MAU", 10L, "10BaseTHD - UTP MAU, half duplex mode",
            11L, "10BaseTFD - UTP MAU, full duplex mode", 12L, "10BaseFLHD - async fiber MAU, half duplex mode",
            13L, "10BaseFLDF - async fiber MAU, full duplex mode", 14L, "10BaseT4 - 4 pair category 3 UTP",
            15L, "100BaseTXHD - 2 pair category 5 UTP, half duplex mode",
            16L, "100BaseTXFD - 2 pair category 5 UTP, full duplex mode",
            17L, "100BaseFXHD - X fiber over PMT, half duplex mode",
            18L, "100BaseFXFD - X fiber over PMT, full duplex mode",
            19L, "100BaseT2HD - 2 pair category 3 UTP, half duplex mode",
            20L, "100BaseT2DF - 2 pair category 3 UTP, full duplex mode",
            21L, "1000BaseXHD - PCS/PMA, unknown PMD, half duplex mode",
            22L, "1000BaseXFD - PCS/PMA, unknown PMD, full duplex mode",
            23L, "1000BaseLXHD - Fiber over long-wavelength laser, half duplex mode",
            24L, "1000BaseLXFD - Fiber over long-wavelength laser, full duplex mode",
            25L, "1000BaseSXHD - Fiber over short-wavelength laser, half duplex mode",
            26L, "1000BaseSXFD - Fiber over short-wavelength laser, full duplex mode",
            27L, "1000BaseCXHD - Copper over 150-Ohm balanced cable, half duplex mode",
            28L, "1000BaseCXFD - Copper over 150-Ohm balanced cable, full duplex mode",
            29L, "1000BaseTHD - Four-pair Category 5 UTP, half duplex mode",
            30L, "1000BaseTFD - Four-pair Category 5 UTP, full duplex mode",
            31L, "10GigBaseX - X PCS/PMA, unknown PMD.", 32L, "10GigBaseLX4 - X fiber over WWDM optics",
            33L, "10GigBaseR - R PCS/PMA, unknown PMD.", 34L, "10GigBaseER - R fiber over 1550 nm optics",
            35L, "10GigBaseLR - R fiber over 1310 nm optics", 36L, "10GigBaseSR - R fiber over 850 nm optics",
            37L, "10GigBaseW - W PCS/PMA, unknown PMD.", 38L, "10GigBaseEW - W fiber over 1550 nm optics",
            39L, "10GigBaseLW - W fiber over 1310 nm optics", 40L, "10GigBaseSW - W fiber over 850 nm optics",
            41L, "10GBASE-CX4 - X copper over 8 pair 100-Ohm balanced cable",
            42L, "2BASE-TL - Voice grade UTP copper, up to 2700m, optional PAF",
            43L, "10PASS-TS - Voice grade UTP copper, up to 750m, optional PAF",
            44L, "100BASE-BX10D - One single-mode fiber OLT, long wavelength, 10km",
            45L, "100BASE-BX10U - One single-mode fiber ONU, long wavelength, 10km",
            46L, "100BASE-LX10 - One single-mode fiber ONU, long wavelength, 10km",
            47L, "1000BASE-BX10D - One single-mode fiber OLT, long wavelength, 10km",
            48L, "1000BASE-BX10U - One single-mode fiber ONU, long wavelength, 10km",
            49L, "1000BASE-LX10 - Two sigle-mode fiber, long wavelength, 10km",
            50L, "1000BASE-PX10D - One single-mode fiber EPON OLT, 10km",
            51L, "1000BASE-PX10U - One single-mode fiber EPON ONU, 10km",
            52L, "1000BASE-PX20D - One single-mode fiber EPON OLT, 20km",
            53L, "1000BASE-PX20U - One single-mode fiber EPON ONU, 20km");
    static final Map<Long, String> PORT_TYPES = names(
            0L, "Not specified", 1L, "From aggregation port", 2L, "From aggregator",
            3L, "From single-port aggregator");
    static final Map<Long, String> POWER_CLASSES = names(
            1L, "0", 2L, "1", 3L, "2", 4L, "3", 5L, "4");
    static final Map<Long, String> POWER_TYPES = names(
            0L, "Type 2 PSE Device", 1L, "Type 2 PD Device", 2L, "Type 1 PSE Device", 3L, "Type 1 PD Device");
    static final Map<Long, String> POWER_PRIORITIES = names(
            0L, "Unknown", 1L, "Critical", 2L, "High", 3L, "Low");

    static final FieldDef LLDP = FieldDef.builder("lldp", "Link Layer Discovery Protocol", PROTOCOL).blurb("LLDP").build();
    static final FieldDef TLV_TYPE = FieldDef.builder("lldp.tlv.type", "TLV Type", UINT16).mask(0xfe00, 16)
            .names(TLV_TYPES).build();
    static final FieldDef TLV_LEN = FieldDef.builder("lldp.tlv.len", "TLV Length", UINT16).mask(0x01ff, 16).build();

    static final FieldDef SYSTEM_CAP = FieldDef.builder("lldp.tlv.system_cap", "Capabilities", UINT16).hex().build();
    static final FieldDef ENABLED_CAP = FieldDef.builder("lldp.tlv.enable_system_cap", "Enabled Capabilities", UINT16)
            .hex().build();
    private static final String[][] CAPABILITIES = {{"other", "Other"}, {"repeater", "Repeater"},
        {"bridge", "Bridge"}, {"wlan_access_pt", "WLAN access point"}, {"router", "Router"},
        {"telephone", "Telephone"}, {"docsis_cable_device", "DOCSIS cable device"}, {"station_only", "Station only"}};
    static final FieldDef[] SYSTEM_CAP_BITS = bits("lldp.tlv.system_cap.", CAPABILITIES, 16, false, "Capable",
            "Not capable");
    static final FieldDef[] ENABLED_CAP_BITS = bits("lldp.tlv.enable_system_cap.", CAPABILITIES, 16, false,
            "Capable", "Not capable");
    static final FieldDef SYSTEM_NAME = FieldDef.builder("lldp.tlv.system.name", "System Name", STRING).build();
    static final FieldDef SYSTEM_DESC = FieldDef.builder("lldp.tlv.system.desc", "System Description", STRING)
            .build();

    static final FieldDef CHASSIS_SUBTYPE = FieldDef.builder("lldp.chassis.subtype", "Chassis Id Subtype", UINT8)
            .names(CHASSIS_SUBTYPES).build();
    static final FieldDef CHASSIS_ID = FieldDef.builder("lldp.chassis.id", "Chassis Id", BYTES).build();
    static final FieldDef CHASSIS_ID_MAC = FieldDef.builder("lldp.chassis.id.mac", "Chassis Id", ETHER).build();
    static final FieldDef CHASSIS_ID_IP4 = FieldDef.builder("lldp.chassis.id.ip4", "Chassis Id", IPV4).build();
    static final FieldDef CHASSIS_ID_IP6 = FieldDef.builder("lldp.chassis.id.ip6", "Chassis Id", IPV6).build();
    static final FieldDef PORT_SUBTYPE = FieldDef.builder("lldp.port.subtype", "Port Id Subtype", UINT8)
            .names(PORT_SUBTYPES).build();
    static final FieldDef PORT_ID = FieldDef.builder("lldp.port.id", "Port Id", STRING).build();
    static final FieldDef PORT_DESC = FieldDef.builder("lldp.port.desc", "Port Description", STRING).build();
    static final FieldDef PORT_ID_MAC = FieldDef.builder("lldp.port.id.mac", "Port Id", ETHER).build();
    static final FieldDef NETWORK_FAMILY = FieldDef.builder("lldp.network_address.subtype", "Network Address family",
            UINT8).names(ADDRESS_FAMILIES).build();
    static final FieldDef PORT_ID_IP4 = FieldDef.builder("lldp.port.id.ip4", "Port Id", IPV4).build();
    static final FieldDef PORT_ID_IP6 = FieldDef.builder("lldp.port.id.ip6", "Port Id", IPV6).build();
    static final FieldDef TIME_TO_LIVE = FieldDef.builder("lldp.time_to_live", "Seconds", UINT16).build();

    static final FieldDef MGN_ADDRESS_LEN = FieldDef.builder("lldp.mgn.address.len", "Address String Length", UINT8)
            .build();
    static final FieldDef MGN_ADDRESS_SUBTYPE = FieldDef.builder("lldp.mgn.address.subtype", "Address Subtype",
            UINT8).names(ADDRESS_FAMILIES).blurb("Undefined").build();
    static final FieldDef MGN_ADDR_IP4 = FieldDef.builder("lldp.mgn.addr.ip4", "Management Address", IPV4).build();
    static final FieldDef MGN_ADDR_IP6 = FieldDef.builder("lldp.mgn.addr.ip6", "Management Address", IPV6).build();
    static final FieldDef MGN_ADDR_HEX = FieldDef.builder("lldp.mgn.addr.hex", "Management Address", BYTES).build();
    static final FieldDef MGN_INTERFACE_SUBTYPE = FieldDef.builder("lldp.mgn.interface.subtype",
            "Interface Subtype", UINT8).names(INTERFACE_SUBTYPES).blurb("Undefined").build();
    static final FieldDef MGN_INTERFACE_NUMBER = FieldDef.builder("lldp.mgn.interface.number", "Interface Number",
            UINT32).build();
    static final FieldDef MGN_OID_LEN = FieldDef.builder("lldp.mgn.obj.len", "OID String Length", UINT8).build();
    /** FT_OID: its dotted text is the value, as -T fields prints it. */
    static final FieldDef MGN_OID = FieldDef.builder("lldp.mgn.obj.id", "Object Identifier", STRING)
            .objectIdentifier().build();

    /** FT_UINT24 BASE_OUI. */
    static final FieldDef OUI = FieldDef.builder("lldp.orgtlv.oui", "Organization Unique Code", UINT24)
            .base(Base.OUI).build();
    static final FieldDef UNKNOWN_SUBTYPE = FieldDef.builder("lldp.unknown_subtype", "Unknown Subtype", UINT8)
            .build();
    static final FieldDef UNKNOWN_CONTENT = FieldDef.builder("lldp.unknown_subtype.content",
            "Unknown Subtype Content", BYTES).build();

    static final FieldDef DOT1_SUBTYPE = FieldDef.builder("lldp.ieee.802_1.subtype", "IEEE 802.1 Subtype", UINT8)
            .hex().names(IEEE_802_1_SUBTYPES).build();
    static final FieldDef DOT1_PPVID_FLAGS = FieldDef.builder("lldp.ieee.802_1.port_and_vlan_id_flag", "Flags",
            UINT8).hex().build();
    static final FieldDef DOT1_PPVID_SUPPORTED = bool("lldp.ieee.802_1.port_and_vlan_id_flag.supported",
            "Port and Protocol VLAN", 0x02, 8, "Supported", "Not supported");
    static final FieldDef DOT1_PPVID_ENABLED = bool("lldp.ieee.802_1.port_and_vlan_id_flag.enabled",
            "Port and Protocol VLAN", 0x04, 8, "Enabled", "Disabled");
    static final FieldDef DOT1_PORT_VLAN_ID = FieldDef.builder("lldp.ieee.802_1.port_vlan.id",
            "Port VLAN Identifier", UINT16).base(Base.DEC_HEX).build();
    static final FieldDef DOT1_PPVID = FieldDef.builder("lldp.ieee.802_1.port_proto_vlan.id",
            "Port and Protocol VLAN Identifier", UINT16).base(Base.DEC_HEX).build();
    static final FieldDef DOT1_VLAN_ID = FieldDef.builder("lldp.ieee.802_1.vlan.id", "VLAN Identifier", UINT16)
            .base(Base.DEC_HEX).build();
    static final FieldDef DOT1_VLAN_NAME_LEN = FieldDef.builder("lldp.ieee.802_1.vlan.name_len", "VLAN Name Length",
            UINT8).build();
    /** FT_STRINGZ read with ENC_ASCII over the length given. */
    static final FieldDef DOT1_VLAN_NAME = FieldDef.builder("lldp.ieee.802_1.vlan.name", "VLAN Name", STRING)
            .stringz().build();
    static final FieldDef DOT1_PROTO_ID_LEN = FieldDef.builder("lldp.ieee.802_1.proto.id_length",
            "Protocol Identity Length", UINT8).build();
    static final FieldDef DOT1_PROTO_ID = FieldDef.builder("lldp.ieee.802_1.proto.id", "Protocol Identity", BYTES)
            .build();
    static final FieldDef DOT1_AGG_STATUS = FieldDef.builder("lldp.ieee.802_1.aggregation_status",
            "Aggregation Status", UINT8).hex().build();
    static final FieldDef DOT1_AGG_CAP = bool("lldp.ieee.802_1.aggregation_status.cap", "Aggregation Capability",
            0x01, 8, "Yes", "No");
    static final FieldDef DOT1_AGG_ENABLED = bool("lldp.ieee.802_1.aggregation_status.enabled",
            "Aggregation Status", 0x02, 8, "Enabled", "Disabled");
    static final FieldDef DOT1_AGG_PORTTYPE = FieldDef.builder("lldp.ieee.802_1.aggregation_status.porttype",
            "Aggregation Status", UINT8).mask(0x0c, 8).names(PORT_TYPES).build();
    static final FieldDef DOT1_AGG_PORT_ID = FieldDef.builder("lldp.ieee.802_1.aggregated_port_id",
            "Aggregated Port Id", UINT32).build();

    /** IEEE 802.1Qau congestion notification: one boolean per priority, capability then readiness. */
    static final FieldDef[] DOT1_CNPV = priorities("lldp.ieee.802_1qau.cnpv.prio", "Priority %d CNPV Capability",
            "Enabled", "Disabled");
    static final FieldDef[] DOT1_READY = priorities("lldp.ieee.802_1qau.ready.prio", "Priority %d Ready Indicator",
            "Set", "Not set");
    static final FieldDef DCB_WILLING = bool("lldp.dcbx.ieee.willing", "Willing", 0x80, 8, "Yes", "No");
    static final FieldDef ETS_CBS = bool("lldp.dcbx.ieee.ets.cbs", "Credit-Based Shaper", 0x40, 8, "Supported",
            "Not supported");
    static final FieldDef ETS_MAXTCS = FieldDef.builder("lldp.dcbx.ieee.ets.maxtcs",
            "Maximum Number of Traffic Classes", UINT8).mask(0x07, 8).build();
    static final FieldDef PG_RESERVED = FieldDef.builder("lldp.dcbx.feature.pg.reserved", "Reserved", UINT8).hex()
            .mask(0xfe, 8).build();
    static final FieldDef[] PGID = pgids();
    static final FieldDef[] PG_PERCENT = new FieldDef[8];
    static final Map<Long, String> TSA_NAMES = Map.of(0L, "Strict Priority", 1L, "Credit-Based Shaper",
            2L, "Enhanced Transmission Selection", 255L, "Vendor Specific Algorithm");
    static final FieldDef[] ETS_TSA = new FieldDef[8];
    static final FieldDef PFC_MBC = bool("lldp.dcbx.ieee.pfc.mbc", "MACsec Bypass Capability", 0x40, 8, "Capable",
            "Not capable");
    static final FieldDef PFC_NUMTCS = FieldDef.builder("lldp.dcbx.ieee.pfc.numtcs",
            "Max PFC Enabled Traffic Classes", UINT8).mask(0x0f, 8).build();
    static final FieldDef[] PFC_PRIO = priorities("lldp.dcbx.feature.pfc.prio", "PFC for Priority %d", "Enabled",
            "Disabled");
    static final FieldDef APP_RESERVED = FieldDef.builder("lldp.dcbx.ieee.app.reserved", "Reserved", UINT8).hex()
            .build();
    static final FieldDef APP_PRIO = FieldDef.builder("lldp.dcbx.ieee.app.prio", "Application Priority", UINT8)
            .mask(0xe0, 8).build();
    /** Registered as "iee" (sic) by packet-lldp.c. */
    static final FieldDef APP_SELECTOR = FieldDef.builder("lldp.dcbx.iee.app.sf", "Application Selector", UINT8)
            .mask(0x07, 8).names(names(0L, "Reserved", 1L, "Default or Ethertype", 2L, "Port over TCP/SCTP",
                    3L, "Port over UDP/DCCP", 4L, "Port over TCP/SCTP/UDP/DCCP", 5L, "Reserved", 6L, "Reserved",
                    7L, "Reserved")).build();
    static final FieldDef APP_PROTO = FieldDef.builder("lldp.dcbx.feature.app.proto", "Application Protocol Id",
            UINT16).hex().build();
    /** dcbx_app_types: the application an Application Priority entry is named after. */
    static final Map<Long, String> APP_TYPES = Map.of(0xcbcL, "iSCSI", 0x8906L, "FCoE", 0x8914L, "FiP");
    static final FieldDef IANA_SUBTYPE = FieldDef.builder("lldp.iana.subtype", "IANA Subtype", UINT8).hex()
            .names(Map.of(1L, "Manufacturer Usage Description URL")).build();
    static final FieldDef IANA_MUDURL = FieldDef.builder("lldp.iana.mudurl", "Manufacturer Usage Description URL",
            STRING).build();

    static {
        for (int i = 0; i < 8; i++) {
            PG_PERCENT[i] = FieldDef.builder("lldp.dcbx.feature.pg.per" + i, "Bandwidth for PGID " + i, UINT8)
                    .build();
            ETS_TSA[i] = FieldDef.builder("lldp.dcbx.ieee.ets.tsa" + i, "TSA for Traffic Class " + i, UINT8)
                    .names(TSA_NAMES).blurb("Reserved").build();
        }
    }

    static final FieldDef DOT3_SUBTYPE = FieldDef.builder("lldp.ieee.802_3.subtype", "IEEE 802.3 Subtype", UINT8)
            .hex().names(IEEE_802_3_SUBTYPES).build();
    static final FieldDef DOT3_AUTONEG = FieldDef.builder("lldp.ieee.802_3.mac_phy_auto_neg_status",
            "Auto-Negotiation Support/Status", UINT8).hex().build();
    static final FieldDef DOT3_AUTONEG_SUPPORTED = bool("lldp.ieee.802_3.mac_phy_auto_neg_status.supported",
            "Auto-Negotiation", 0x01, 8, "Supported", "Not supported");
    static final FieldDef DOT3_AUTONEG_ENABLED = bool("lldp.ieee.802_3.mac_phy_auto_neg_status.enabled",
            "Auto-Negotiation", 0x02, 8, "Enabled", "Disabled");
    static final FieldDef DOT3_ADVERTISED = FieldDef.builder("lldp.ieee.802_3.pmd_auto_neg_advertised_caps",
            "PMD Auto-Negotiation Advertised Capability", UINT16).hex().build();
    /** RFC 3636's ifMauAutoNegCapAdvertisedBits in the order packet-lldp.c adds them (lowest mask first). */
    private static final String[][] ADVERTISED = {{"1000base_tfd", "1000BASE-T (full duplex mode)"},
        {"1000base_t", "1000BASE-T (half duplex mode)"},
        {"1000base_xfd", "1000BASE-X (-LX, -SX, -CX full duplex mode)"},
        {"1000base_x", "1000BASE-X (-LX, -SX, -CX half duplex mode)"},
        {"fdx_bpause", "Asymmetric and Symmetric PAUSE (for full-duplex links)"},
        {"fdx_spause", "Symmetric PAUSE (for full-duplex links)"},
        {"fdx_apause", "Asymmetric PAUSE (for full-duplex links)"}, {"fdx_pause", "PAUSE (for full-duplex links)"},
        {"100base_t2fd", "100BASE-T2 (full duplex mode)"}, {"100base_t2", "100BASE-T2 (half duplex mode)"},
        {"100base_txfd", "100BASE-TX (full duplex mode)"}, {"100base_tx", "100BASE-TX (half duplex mode)"},
        {"100base_t4", "100BASE-T4"}, {"10base_tfd", "10BASE-T (full duplex mode)"},
        {"10base_t", "10BASE-T (half duplex mode)"}, {"other", "Other or unknown"}};
    static final FieldDef[] DOT3_ADVERTISED_BITS = bits("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.", ADVERTISED,
            16, false, "Capable", "Not capable");
    /** The same bits read in the inverse order some vendors use (an IEEE ruling calls it wrong). */
    static final FieldDef[] DOT3_ADVERTISED_INV_BITS = bits("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.",
            ADVERTISED, 16, true, "Capable", "Not capable");
    static final FieldDef DOT3_MAU_TYPE = FieldDef.builder("lldp.ieee.802_3.pmd_mau_type", "Operational MAU Type",
            UINT16).hex().names(MAU_TYPES).blurb("Unknown").build();
    static final FieldDef DOT3_MDI_SUPPORT = FieldDef.builder("lldp.ieee.802_3.mdi_power_support",
            "MDI Power Support", UINT8).hex().build();
    static final FieldDef DOT3_MDI_PORT_CLASS = bool("lldp.ieee.802_3.mdi_power_support.port_class", "Port Class",
            0x01, 8, "PSE", "PD");
    static final FieldDef DOT3_MDI_SUPPORTED = bool("lldp.ieee.802_3.mdi_power_support.supported", "PSE MDI Power",
            0x02, 8, "Supported", "Not supported");
    static final FieldDef DOT3_MDI_ENABLED = bool("lldp.ieee.802_3.mdi_power_support.enabled", "PSE MDI Power",
            0x04, 8, "Enabled", "Disabled");
    static final FieldDef DOT3_MDI_PAIRS = bool("lldp.ieee.802_3.mdi_power_support.pse_pairs",
            "PSE Pairs Control Ability", 0x08, 8, "Yes", "No");
    static final FieldDef DOT3_MDI_PSE_PAIR = FieldDef.builder("lldp.ieee.802_3.mdi_pse_pair", "PSE Power Pair",
            UINT8).build();
    static final FieldDef DOT3_MDI_CLASS = FieldDef.builder("lldp.ieee.802_3.mdi_power_class", "Power Class", UINT8)
            .names(POWER_CLASSES).build();
    static final FieldDef DOT3_MDI_TYPE = FieldDef.builder("lldp.ieee.802_3.mdi_power_type", "Power Type", UINT8)
            .mask(0xc0, 8).names(POWER_TYPES).blurb("Unknown").build();
    static final FieldDef DOT3_MDI_SOURCE = FieldDef.builder("lldp.ieee.802_3.mdi_power_source", "Power Source",
            UINT8).mask(0x30, 8).build();
    static final FieldDef DOT3_MDI_PRIORITY = FieldDef.builder("lldp.ieee.802_3.mdi_power_priority",
            "Power Priority", UINT8).mask(0x0f, 8).names(POWER_PRIORITIES).blurb("Reserved").build();
    /** BASE_CUSTOM: tenths of a watt, as "25.5. Watt" (sic). */
    static final FieldDef DOT3_MDI_REQUESTED = FieldDef.builder("lldp.ieee.802_3.mdi_pde_requested",
            "PD Requested Power Value", UINT16).base(Base.CUSTOM).build();
    static final FieldDef DOT3_MDI_ALLOCATED = FieldDef.builder("lldp.ieee.802_3.mdi_pse_allocated",
            "PSE Allocated Power Value", UINT16).base(Base.CUSTOM).build();
    static final FieldDef DOT3_AGG_STATUS = FieldDef.builder("lldp.ieee.802_3.aggregation_status",
            "Aggregation Status", UINT8).hex().build();
    static final FieldDef DOT3_AGG_CAP = bool("lldp.ieee.802_3.aggregation_status.cap", "Aggregation Capability",
            0x01, 8, "Yes", "No");
    static final FieldDef DOT3_AGG_ENABLED = bool("lldp.ieee.802_3.aggregation_status.enabled",
            "Aggregation Status", 0x02, 8, "Enabled", "Disabled");
    static final FieldDef DOT3_AGG_PORT_ID = FieldDef.builder("lldp.ieee.802_3.aggregated_port_id",
            "Aggregated Port Id", UINT32).build();
    static final FieldDef DOT3_MAX_FRAME = FieldDef.builder("lldp.ieee.802_3.max_frame_size", "Maximum Frame Size",
            UINT16).build();

    /** Energy-Efficient Ethernet (IEEE 802.3az): wake times in microseconds. */
    static final FieldDef[] DOT3_EEE = {
        FieldDef.builder("lldp.ieee.802_3.eee.transmit", "Transmit", UINT16).build(),
        FieldDef.builder("lldp.ieee.802_3.eee.receive", "Receive", UINT16).build(),
        FieldDef.builder("lldp.ieee.802_3.eee.fallback_receive", "Fallback Receive", UINT16).build(),
        FieldDef.builder("lldp.ieee.802_3.eee.echo_transmit", "Echo Transmit", UINT16).build(),
        FieldDef.builder("lldp.ieee.802_3.eee.echo_receive", "Echo Receive", UINT16).build()};
    /** IEEE 802.3br's additional Ethernet capabilities (frame preemption), registered as "eac" for the item. */
    static final FieldDef DOT3BR_AEC = FieldDef.builder("lldp.ieee.802_3br.eac", "Additional Ethernet Capabilities",
            UINT16).hex().build();
    static final FieldDef[] DOT3BR_AEC_BITS = {
        bool("lldp.ieee.802_3br.aec.support", "Preemption capabilities support", 0x01, 16, "Supported",
                "Not supported"),
        bool("lldp.ieee.802_3br.aec.enable", "Preemption capabilities enable", 0x02, 16, "Enabled", "Disabled"),
        bool("lldp.ieee.802_3br.aec.active", "Preemption capabilities active", 0x04, 16, "Active", "Inactive"),
        FieldDef.builder("lldp.ieee.802_3br.aec.addfragsize", "Additional Fragment Size", UINT16).mask(0x18, 16)
                .build(),
        FieldDef.builder("lldp.ieee.802_3br.aec.reserved", "Reserved", UINT16).hex().mask(0xffe0, 16).build()};

    // ---- TIA TR-41 (LLDP-MED, ANSI/TIA-1057) ----
    static final FieldDef MED_SUBTYPE = FieldDef.builder("lldp.media.subtype", "Media Subtype", UINT8).hex()
            .names(names(1L, "Media Capabilities", 2L, "Network Policy", 3L, "Location Identification",
                    4L, "Extended Power-via-MDI", 5L, "Inventory - Hardware Revision",
                    6L, "Inventory - Firmware Revision", 7L, "Inventory - Software Revision",
                    8L, "Inventory - Serial Number", 9L, "Inventory - Manufacturer Name", 10L, "Inventory - Model Name",
                    11L, "Inventory - Asset ID")).build();
    static final FieldDef MED_CAPS = FieldDef.builder("lldp.media.subtype.caps", "Capabilities", UINT16).hex()
            .build();
    static final FieldDef[] MED_CAP_BITS = bits("lldp.media.subtype.caps.", new String[][] {
        {"llpd", "LLDP-MED Capabilities"}, {"network_policy", "Network Policy"},
        {"location_id", "Location Identification"}, {"mdi_pse", "Extended Power via MDI-PSE"},
        {"mid_pd", "Extended Power via MDI-PD"}, {"inventory", "Inventory"}}, 16, false, "Capable", "Not capable");
    static final FieldDef MED_CLASS = FieldDef.builder("lldp.media.subtype.class", "Class Type", UINT8)
            .names(names(0L, "Type Not Defined", 1L, "Endpoint Class I", 2L, "Endpoint Class II",
                    3L, "Endpoint Class III", 4L, "Network Connectivity")).blurb("Unknown").build();
    static final FieldDef MED_APP_TYPE = FieldDef.builder("lldp.media.app_type", "Application Type", UINT8)
            .names(names(0L, "Reserved", 1L, "Voice", 2L, "Voice Signaling", 3L, "Guest Voice",
                    4L, "Guest Voice Signaling", 5L, "Softphone Voice", 6L, "Video Conferencing", 7L, "Streaming Video",
                    8L, "Video Signaling")).blurb("Unknown").build();
    static final FieldDef MED_POLICY = bool("lldp.media.policy_flag", "Policy", 0x800000, 24, "Unknown", "Defined");
    static final FieldDef MED_TAGGED = bool("lldp.media.tag_flag", "Tagged", 0x400000, 24, "Yes", "No");
    static final FieldDef MED_VLAN = FieldDef.builder("lldp.media.vlan_id", "VLAN Id", UINT24).mask(0x1ffe00, 24)
            .build();
    static final FieldDef MED_L2_PRIO = FieldDef.builder("lldp.media.l2_prio", "L2 Priority", UINT24)
            .mask(0x1c0, 24).build();
    static final FieldDef MED_DSCP = FieldDef.builder("lldp.media.dscp", "DSCP Priority", UINT24).mask(0x3f, 24)
            .build();
    static final FieldDef MED_LOC_FORMAT = FieldDef.builder("lldp.media.loc.data_format", "Location Data Format",
            UINT8).names(names(0L, "Invalid ", 1L, "Coordinate-based LCI", 2L, "Civic Address LCI", 3L, "ECS ELIN"))
            .build();
    static final FieldDef MED_LAT_RES = FieldDef.builder("lldp.media.loc.lat_resolution", "Latitude Resolution",
            UINT8).mask(0xfc, 8).build();
    /** FT_UINT40 BASE_CUSTOM: the resolution bits and the value in one 40-bit number, shown as degrees. */
    static final FieldDef MED_LAT = FieldDef.builder("lldp.media.loc.latitude", "Latitude", UINT40)
            .base(Base.CUSTOM).build();
    static final FieldDef MED_LONG_RES = FieldDef.builder("lldp.media.loc.long_resolution", "Longitude Resolution",
            UINT8).mask(0xfc, 8).build();
    static final FieldDef MED_LONG = FieldDef.builder("lldp.media.loc.longitude", "Longitude", UINT40)
            .base(Base.CUSTOM).build();
    static final FieldDef MED_ALT_TYPE = FieldDef.builder("lldp.media.loc.alt_type", "Altitude Type", UINT8)
            .mask(0xf0, 8).names(names(1L, "Meters", 2L, "Floors")).blurb("Unknown").build();
    static final FieldDef MED_ALT_RES = FieldDef.builder("lldp.media.loc.alt_resolution", "Altitude Resolution",
            UINT16).mask(0x0fc0, 16).build();
    static final FieldDef MED_ALT = FieldDef.builder("lldp.media.loc.altitude", "Altitude", UINT32)
            .mask(0x3fffffff, 32).build();
    static final FieldDef MED_DATUM = FieldDef.builder("lldp.media.loc.datum", "Datum", UINT8).build();
    static final FieldDef MED_LCI_LEN = FieldDef.builder("lldp.media.civic.length", "LCI Length", UINT8).build();
    /** packet-lldp.c registers the CA length under the LCI length's name again: one field to filters. */
    static final FieldDef MED_CA_LEN = new FieldDef("lldp.media.civic.length", "CA Length", UINT8, Base.DEC, 0, 0,
            null, null, "", MED_LCI_LEN.id(), false);
    static final FieldDef MED_WHAT = FieldDef.builder("lldp.media.civic.what", "What", UINT8)
            .names(names(0L, "Location of the DHCP server",
                    1L, "Location of the network element believed to be closest to the client",
                    2L, "Location of the client")).blurb("Unknown").build();
    static final FieldDef MED_COUNTRY = FieldDef.builder("lldp.media.civic.country", "Country", STRING).build();
    static final FieldDef MED_CA_TYPE = FieldDef.builder("lldp.media.civic.type", "CA Type", UINT8)
            .names(names(0L, "Language", 1L, "National subdivisions (province, state, etc)",
                    2L, "County, parish, district", 3L, "City, township", 4L, "City division, borough, ward",
                    5L, "Neighborhood, block", 6L, "Street", 16L, "Leading street direction",
                    17L, "Trailing street suffix", 18L, "Street suffix", 19L, "House number",
                    20L, "House number suffix", 21L, "Landmark or vanity address",
                    22L, "Additional location information", 23L, "Name", 24L, "Postal/ZIP code", 25L, "Building",
                    26L, "Unit", 27L, "Floor", 28L, "Room number", 29L, "Place type", 128L, "Script"))
            .blurb("Unknown").build();
    static final FieldDef MED_CA_VALUE = FieldDef.builder("lldp.media.civic.value", "CA Value", STRING).stringz()
            .build();
    static final FieldDef MED_ECS = FieldDef.builder("lldp.media.ecs", "ELIN", STRING).stringz().build();
    static final FieldDef MED_POWER_TYPE = FieldDef.builder("lldp.media.power.type", "Power Type", UINT8)
            .mask(0xc0, 8).names(names(0L, "PSE Device", 1L, "PD Device", 2L, "PSE Device", 3L, "PD Device"))
            .blurb("Unknown").build();
    static final FieldDef MED_POWER_SOURCE = FieldDef.builder("lldp.media.power.source", "Power Source", UINT8)
            .mask(0x30, 8).build();
    static final FieldDef MED_POWER_PRIO = FieldDef.builder("lldp.media.power.prio", "Power Priority", UINT8)
            .mask(0x0f, 8).names(names(0L, "Unknown", 1L, "Critical", 2L, "High", 3L, "Low")).blurb("Reserved")
            .build();
    /** BASE_CUSTOM: hundreds of milliwatts, as "N mW". */
    static final FieldDef MED_POWER_VALUE = FieldDef.builder("lldp.media.power.value", "Power Value", UINT16)
            .base(Base.CUSTOM).build();
    /** The inventory strings by subtype (5 to 11), FT_STRINGZPAD as in Wireshark: the text before the first NUL. */
    static final FieldDef[] MED_INVENTORY = {
        FieldDef.builder("lldp.media.hardware", "Hardware Revision", STRING).stringzpad().build(),
        FieldDef.builder("lldp.media.firmware", "Firmware Revision", STRING).stringzpad().build(),
        FieldDef.builder("lldp.media.software", "Software Revision", STRING).stringzpad().build(),
        FieldDef.builder("lldp.media.sn", "Serial Number", STRING).stringzpad().build(),
        FieldDef.builder("lldp.media.manufacturer", "Manufacturer Name", STRING).stringzpad().build(),
        FieldDef.builder("lldp.media.model", "Model Name", STRING).stringzpad().build(),
        FieldDef.builder("lldp.media.asset", "Asset ID", STRING).stringzpad().build()};

    static final ExpertDef EI_BAD_LENGTH = ExpertDef.of("lldp.incorrect_length", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "Invalid length, too short");
    static final ExpertDef EI_EXCESS_LENGTH = ExpertDef.of("lldp.excess_length", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "Invalid length, greater than expected");
    static final ExpertDef EI_BAD_TYPE = ExpertDef.of("lldp.bad_type", ExpertGroup.MALFORMED, ExpertSeverity.WARN,
            "Incorrect type");
    static final ExpertDef EI_DEPRECATED = ExpertDef.of("lldp.tlv_deprecated", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "TLV has been deprecated");

    private static FieldDef[] priorities(String prefix, String name, String yes, String no) {
        FieldDef[] out = new FieldDef[8];
        for (int i = 0; i < 8; i++) {
            out[i] = bool(prefix + i, String.format(name, i), 1 << i, 8, yes, no);
        }
        return out;
    }

    /** The priority group of each priority: four bits each, two priorities a byte, over two-byte items. */
    private static FieldDef[] pgids() {
        FieldDef[] out = new FieldDef[8];
        for (int i = 0; i < 8; i++) {
            out[i] = FieldDef.builder("lldp.dcbx.feature.pg.pgid_prio" + i, "PGID for Prio " + i, UINT16)
                    .mask(0xf000 >> 4 * (i % 4), 16).build();
        }
        return out;
    }

    private static FieldDef bool(String abbrev, String name, int mask, int width, String yes, String no) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, width).trueFalse(yes, no).build();
    }

    /** One boolean per {suffix, name}, masks from the lowest bit up (or, {@code inverse}, from the highest down). */
    private static FieldDef[] bits(String prefix, String[][] names, int width, boolean inverse, String yes,
                                   String no) {
        FieldDef[] out = new FieldDef[names.length];
        for (int i = 0; i < names.length; i++) {
            int mask = inverse ? 1 << (width - 1 - i) : 1 << i;
            out[i] = bool(prefix + names[i][0], names[i][1], mask, width, yes, no);
        }
        return out;
    }
}
