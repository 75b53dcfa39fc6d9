package org.jdissect.dissectors.cdp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;

/** CDP's fields as Wireshark 4.0.17's packet-cdp.c registers them. */
final class CdpFields {
    private CdpFields() {
    }

    static final Map<Long, String> TLV_TYPES = Map.ofEntries(Map.entry(0x0001L, "Device ID"),
            Map.entry(0x0002L, "Addresses"), Map.entry(0x0003L, "Port ID"), Map.entry(0x0004L, "Capabilities"),
            Map.entry(0x0005L, "Software version"), Map.entry(0x0006L, "Platform"),
            Map.entry(0x0007L, "IP Prefix/Gateway (used for ODR)"), Map.entry(0x0008L, "Protocol Hello"),
            Map.entry(0x0009L, "VTP Management Domain"), Map.entry(0x000aL, "Native VLAN"),
            Map.entry(0x000bL, "Duplex"), Map.entry(0x000eL, "VoIP VLAN Reply"), Map.entry(0x000fL, "VoIP VLAN Query"),
            Map.entry(0x0010L, "Power consumption"), Map.entry(0x0011L, "MTU"), Map.entry(0x0012L, "Trust Bitmap"),
            Map.entry(0x0013L, "Untrusted Port CoS"), Map.entry(0x0014L, "System Name"),
            Map.entry(0x0015L, "System Object ID"), Map.entry(0x0016L, "Management Address"),
            Map.entry(0x0017L, "Location"), Map.entry(0x0018L, "External Port-ID"),
            Map.entry(0x0019L, "Power Requested"), Map.entry(0x001aL, "Power Available"),
            Map.entry(0x001bL, "Port Unidirectional"), Map.entry(0x001dL, "EnergyWise"),
            Map.entry(0x001fL, "Spare PoE"), Map.entry(0x1000L, "BSSID"), Map.entry(0x1001L, "Serial number"),
            Map.entry(0x1002L, "SSID"), Map.entry(0x1003L, "Radio1 channel"), Map.entry(0x1006L, "SNMP UDP port"),
            Map.entry(0x1007L, "Web TCP port"), Map.entry(0x1008L, "Source MAC address"),
            Map.entry(0x1009L, "Radio2 channel"), Map.entry(0x100aL, "Radio1 Operating mode"),
            Map.entry(0x100bL, "Radio2 Operating mode"), Map.entry(0x100cL, "Radio1 Radio mode"),
            Map.entry(0x100dL, "Radio2 Radio mode"));
    static final Map<Long, String> HELLO_PROTOCOLS = Map.of(0x0112L, "Cluster Management");

    static final FieldDef CDP = FieldDef.builder("cdp", "Cisco Discovery Protocol", PROTOCOL).blurb("CDP").build();
    static final FieldDef VERSION = FieldDef.builder("cdp.version", "Version", UINT8).build();
    static final FieldDef TTL = FieldDef.builder("cdp.ttl", "TTL", UINT8).build();
    static final FieldDef CHECKSUM = FieldDef.builder("cdp.checksum", "Checksum", UINT16).hex().build();
    static final FieldDef CHECKSUM_STATUS = FieldDef.builder("cdp.checksum.status", "Checksum Status", UINT8)
            .names(Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified", 3L, "Not present", 4L, "Illegal"))
            .base(Base.NONE).build();
    static final FieldDef TLV_TYPE = FieldDef.builder("cdp.tlv.type", "Type", UINT16).hex().names(TLV_TYPES)
            .build();
    static final FieldDef TLV_LEN = FieldDef.builder("cdp.tlv.len", "Length", UINT16).build();
    static final FieldDef DEVICE_ID = FieldDef.builder("cdp.deviceid", "Device ID", STRING).build();
    static final FieldDef PLATFORM = FieldDef.builder("cdp.platform", "Platform", STRING).build();
    static final FieldDef PORT_ID = FieldDef.builder("cdp.portid", "Sent through Interface", STRING).build();
    static final FieldDef CAPABILITIES = FieldDef.builder("cdp.capabilities", "Capabilities", UINT32).hex().build();
    static final FieldDef[] CAPABILITY_BITS = {
        capability("cdp.capabilities.router", "Router", 0x1),
        capability("cdp.capabilities.trans_bridge", "Transparent Bridge", 0x2),
        capability("cdp.capabilities.src_bridge", "Source Route Bridge", 0x4),
        capability("cdp.capabilities.switch", "Switch", 0x8),
        capability("cdp.capabilities.host", "Host", 0x10),
        capability("cdp.capabilities.igmp_capable", "IGMP capable", 0x20),
        capability("cdp.capabilities.repeater", "Repeater", 0x40),
        capability("cdp.capabilities.voip_phone", "VoIP Phone", 0x80),
        capability("cdp.capabilities.remote", "Remotely Managed Device", 0x100),
        capability("cdp.capabilities.cvta", "CVTA/STP Dispute Resolution/Cisco VT Camera", 0x200),
        capability("cdp.capabilities.mac_relay", "Two Port Mac Relay", 0x400)};
    static final FieldDef SPARE_POE = FieldDef.builder("cdp.spare_poe_tlv", "Spare Pair PoE", UINT8).hex().build();
    static final FieldDef SPARE_POE_POE = bit8("cdp.spare_poe_tlv.poe", "PSE Four-Wire PoE", 0x1, "Supported",
            "Not supported");
    static final FieldDef SPARE_POE_ARCH = bit8("cdp.spare_poe_tlv.spare_pair_arch", "PD Spare Pair Architecture",
            0x2, "Shared", "Independent");
    static final FieldDef SPARE_POE_REQ = bit8("cdp.spare_poe_tlv.req_spare_pair_poe", "PD Request Spare Pair PoE",
            0x4, "On", "Off");
    static final FieldDef SPARE_POE_PSE = bit8("cdp.spare_poe_tlv.pse_spare_pair_poe", "PSE Spare Pair PoE", 0x8,
            "On", "Off");
    static final FieldDef NUMBER_OF_ADDRESSES = FieldDef.builder("cdp.number_of_addresses", "Number of addresses",
            UINT32).build();
    static final FieldDef ODR_DEFAULT_GATEWAY = FieldDef.builder("cdp.odr_default_gateway", "ODR Default gateway",
            IPV4).build();
    static final FieldDef IP_PREFIX = FieldDef.builder("cdp.ip_prefix", "IP Prefix", IPV4).build();
    static final FieldDef OUI = FieldDef.builder("cdp.oui", "OUI", UINT24).base(Base.OUI).build();
    static final FieldDef PROTOCOL_ID = FieldDef.builder("cdp.protocol_id", "Protocol ID", UINT16).hex()
            .names(HELLO_PROTOCOLS).build();
    static final FieldDef CLUSTER_MASTER_IP = FieldDef.builder("cdp.cluster.master_ip", "Cluster Master IP", IPV4)
            .build();
    static final FieldDef CLUSTER_IP = FieldDef.builder("cdp.cluster.ip", "IP?", IPV4).build();
    static final FieldDef CLUSTER_VERSION = FieldDef.builder("cdp.cluster.version", "Version?", UINT8).hex().build();
    static final FieldDef CLUSTER_SUB_VERSION = FieldDef.builder("cdp.cluster.sub_version", "Sub Version?", UINT8)
            .hex().build();
    static final FieldDef CLUSTER_STATUS = FieldDef.builder("cdp.cluster.status", "Status?", UINT8).hex().build();
    static final FieldDef CLUSTER_UNKNOWN = FieldDef.builder("cdp.cluster.unknown", "UNKNOWN", UINT8).hex().build();
    static final FieldDef CLUSTER_COMMANDER_MAC = FieldDef.builder("cdp.cluster.commander_mac",
            "Cluster Commander MAC", ETHER).build();
    static final FieldDef CLUSTER_SWITCH_MAC = FieldDef.builder("cdp.cluster.switch_mac", "Switch's MAC", ETHER)
            .build();
    static final FieldDef CLUSTER_MANAGEMENT_VLAN = FieldDef.builder("cdp.cluster.management_vlan",
            "Management VLAN", UINT16).build();
    static final FieldDef HELLO_UNKNOWN = FieldDef.builder("cdp.hello.unknown", "Unknown", BYTES).build();
    static final FieldDef VTP_MANAGEMENT_DOMAIN = FieldDef.builder("cdp.vtp_management_domain",
            "VTP Management Domain", STRING).build();
    static final FieldDef NATIVE_VLAN = FieldDef.builder("cdp.native_vlan", "Native VLAN", UINT16).build();
    static final FieldDef DUPLEX = FieldDef.builder("cdp.duplex", "Duplex", BOOLEAN).trueFalse("Full", "Half")
            .build();
    static final FieldDef DATA = FieldDef.builder("cdp.data", "Data", BYTES).build();
    static final FieldDef VOICE_VLAN = FieldDef.builder("cdp.voice_vlan", "Voice VLAN", UINT16).build();
    static final FieldDef POWER_CONSUMPTION = FieldDef.builder("cdp.power_consumption", "Power Consumption", UINT16)
            .build();
    static final FieldDef MTU = FieldDef.builder("cdp.mtu", "MTU", UINT32).build();
    static final FieldDef TRUST_BITMAP = FieldDef.builder("cdp.trust_bitmap", "Trust Bitmap", UINT8).hex().build();
    static final FieldDef UNTRUSTED_PORT_COS = FieldDef.builder("cdp.untrusted_port_cos", "Untrusted port CoS", UINT8)
            .hex().build();
    static final FieldDef SYSTEM_NAME = FieldDef.builder("cdp.system_name", "System Name", STRING).build();
    static final FieldDef SYSTEM_OBJECT_IDENTIFIER = FieldDef.builder("cdp.system_object_identifier",
            "System Object Identifier", BYTES).build();
    static final FieldDef LOCATION_UNKNOWN = FieldDef.builder("cdp.location.unknown", "UNKNOWN", UINT8).hex().build();
    static final FieldDef LOCATION = FieldDef.builder("cdp.location", "Location", STRING).build();
    static final FieldDef REQUEST_ID = FieldDef.builder("cdp.request_id", "Request-ID", UINT16).build();
    static final FieldDef MANAGEMENT_ID = FieldDef.builder("cdp.management_id", "Management-ID", UINT16).build();
    static final FieldDef POWER_REQUESTED = FieldDef.builder("cdp.power_requested", "Power Requested", UINT32)
            .build();
    static final FieldDef POWER_AVAILABLE = FieldDef.builder("cdp.power_available", "Power Available", UINT32)
            .build();
    static final FieldDef ADDRESS_PROTOCOL = FieldDef.builder("cdp.protocol", "Protocol", BYTES).build();
    static final FieldDef PROTOCOL_TYPE = FieldDef.builder("cdp.protocol_type", "Protocol type", UINT8).hex()
            .names(Map.of(1L, "NLPID", 2L, "802.2")).build();
    static final FieldDef PROTOCOL_LENGTH = FieldDef.builder("cdp.protocol_length", "Protocol length", UINT8).build();
    static final FieldDef ADDRESS = FieldDef.builder("cdp.address", "Address", BYTES).build();
    static final FieldDef ADDRESS_LENGTH = FieldDef.builder("cdp.address_length", "Address length", UINT16).build();
    static final FieldDef IP_ADDRESS = FieldDef.builder("cdp.nrgyz.ip_address", "IP Address", IPV4).build();
    static final FieldDef IPV6_ADDRESS = FieldDef.builder("cdp.nrgyz.ipv6_address", "IPv6 Address", IPV6).build();
    static final FieldDef SOFTWARE_VERSION = FieldDef.builder("cdp.software_version", "Software version", STRING)
            .stringz().build();

    static final ExpertDef EI_BAD_CHECKSUM = ExpertDef.of("cdp.bad_checksum", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");

    private static FieldDef capability(String abbrev, String name, int mask) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 32).trueFalse("Yes", "No").build();
    }

    private static FieldDef bit8(String abbrev, String name, int mask, String set, String clear) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 8).trueFalse(set, clear).build();
    }

    static final FieldDef[] ALL = {CDP, VERSION, TTL, CHECKSUM, CHECKSUM_STATUS, TLV_TYPE, TLV_LEN, DEVICE_ID,
        PLATFORM, PORT_ID, CAPABILITIES, CAPABILITY_BITS[0], CAPABILITY_BITS[1], CAPABILITY_BITS[2],
        CAPABILITY_BITS[3], CAPABILITY_BITS[4], CAPABILITY_BITS[5], CAPABILITY_BITS[6], CAPABILITY_BITS[7],
        CAPABILITY_BITS[8], CAPABILITY_BITS[9], CAPABILITY_BITS[10], SPARE_POE, SPARE_POE_POE, SPARE_POE_ARCH,
        SPARE_POE_REQ, SPARE_POE_PSE, NUMBER_OF_ADDRESSES, ODR_DEFAULT_GATEWAY, IP_PREFIX, OUI, PROTOCOL_ID,
        CLUSTER_MASTER_IP, CLUSTER_IP, CLUSTER_VERSION, CLUSTER_SUB_VERSION, CLUSTER_STATUS, CLUSTER_UNKNOWN,
        CLUSTER_COMMANDER_MAC, CLUSTER_SWITCH_MAC, CLUSTER_MANAGEMENT_VLAN, HELLO_UNKNOWN, VTP_MANAGEMENT_DOMAIN,
        NATIVE_VLAN, DUPLEX, DATA, VOICE_VLAN, POWER_CONSUMPTION, MTU, TRUST_BITMAP, UNTRUSTED_PORT_COS, SYSTEM_NAME,
        SYSTEM_OBJECT_IDENTIFIER, LOCATION_UNKNOWN, LOCATION, REQUEST_ID, MANAGEMENT_ID, POWER_REQUESTED,
        POWER_AVAILABLE, ADDRESS_PROTOCOL, PROTOCOL_TYPE, PROTOCOL_LENGTH, ADDRESS, ADDRESS_LENGTH, IP_ADDRESS, IPV6_ADDRESS,
        SOFTWARE_VERSION};
}
