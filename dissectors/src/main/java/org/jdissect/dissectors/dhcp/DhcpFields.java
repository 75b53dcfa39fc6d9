package org.jdissect.dissectors.dhcp;

import static org.jdissect.api.field.FieldType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.dissectors.arp.ArpTables;

/**
 * The fields, findings and tables of packet-dhcp.c as TShark 4.0.17 registers them ({@code tshark -G fields},
 * {@code tshark -G values}): the BOOTP header, the generic option items, the options of a basic type (an address, a
 * list of them, a string, a flag, a number or a time) and those decoded by a function of their own.
 */
public final class DhcpFields {
    private DhcpFields() {
    }

    static final Map<Long, String> MESSAGE_TYPES = Map.ofEntries(Map.entry(1L, "Discover"), Map.entry(2L, "Offer"),
            Map.entry(3L, "Request"), Map.entry(4L, "Decline"), Map.entry(5L, "ACK"), Map.entry(6L, "NAK"),
            Map.entry(7L, "Release"), Map.entry(8L, "Inform"), Map.entry(9L, "Force Renew"),
            Map.entry(10L, "Lease query"), Map.entry(11L, "Lease Unassigned"), Map.entry(12L, "Lease Unknown"),
            Map.entry(13L, "Lease Active"), Map.entry(14L, "Bulk Lease Query"), Map.entry(15L, "Lease Query Done"),
            Map.entry(16L, "Active LeaseQuery"), Map.entry(17L, "Lease Query Status"), Map.entry(18L, "TLS"));

    /** dhcp_client_arch: the client architecture types of RFC 4578 and IANA. */
    static final Map<Long, String> CLIENT_ARCHITECTURES = Map.ofEntries(
            Map.entry(0L, "IA x86 PC"), Map.entry(1L, "NEC/PC98"), Map.entry(2L, "IA64 PC"),
            Map.entry(3L, "DEC Alpha"), Map.entry(4L, "ArcX86"), Map.entry(5L, "Intel Lean Client"),
            Map.entry(6L, "EFI IA32"), Map.entry(7L, "EFI x64"), Map.entry(8L, "EFI Xscale"),
            Map.entry(9L, "EFI BC"), Map.entry(10L, "ARM 32-bit UEFI"), Map.entry(11L, "ARM 64-bit UEFI"),
            Map.entry(12L, "PowerPC Open Firmware"), Map.entry(13L, "PowerPC ePAPR"),
            Map.entry(14L, "POWER OPAL v3"), Map.entry(15L, "x86 UEFI HTTP"), Map.entry(16L, "x64 UEFI HTTP"),
            Map.entry(17L, "EBC UEFI HTTP"), Map.entry(18L, "ARM 32-bit UEFI HTTP"),
            Map.entry(19L, "ARM 64-bit UEFI HTTP"), Map.entry(20L, "PC/AT HTTP"), Map.entry(21L, "ARM 32-bit uboot"),
            Map.entry(22L, "ARM 64-bit uboot"), Map.entry(23L, "ARM 32-bit uboot HTTP"),
            Map.entry(24L, "ARM 64-bit uboot HTTP"), Map.entry(25L, "RISC-V 32-bit UEFI"),
            Map.entry(26L, "RISC-V 32-bit UEFI HTTP"), Map.entry(27L, "RISC-V 64-bit UEFI"),
            Map.entry(28L, "RISC-V 64-bit UEFI HTTP"), Map.entry(29L, "RISC-V 128-bit UEFI"),
            Map.entry(30L, "RISC-V 128-bit UEFI HTTP"), Map.entry(31L, "s390 Basic"),
            Map.entry(32L, "s390 Extended"));

    /** packet-dhcp.c's dhcp_opt texts: the name every option code shows in "Option: (N) Name". */
    private static final String[] OPTION_NAMES = {
        "Padding", "Subnet Mask", "Time Offset", "Router", "Time Server", "Name Server", "Domain Name Server",
        "Log Server", "Quotes Server", "LPR Server", "Impress Server", "Resource Location Server", "Host Name",
        "Boot File Size", "Merit Dump File", "Domain Name", "Swap Server", "Root Path", "Extensions Path",
        "IP Forwarding", "Non-Local Source Routing", "Policy Filter", "Maximum Datagram Reassembly Size",
        "Default IP Time-to-Live", "Path MTU Aging Timeout", "Path MTU Plateau Table", "Interface MTU",
        "All Subnets are Local", "Broadcast Address", "Perform Mask Discovery", "Mask Supplier",
        "Perform Router Discover", "Router Solicitation Address", "Static Route", "Trailer Encapsulation",
        "ARP Cache Timeout", "Ethernet Encapsulation", "TCP Default TTL", "TCP Keepalive Interval",
        "TCP Keepalive Garbage", "Network Information Service Domain", "Network Information Service Servers",
        "Network Time Protocol Servers", "Vendor-Specific Information", "NetBIOS over TCP/IP Name Server",
        "NetBIOS over TCP/IP Datagram Distribution Name Server", "NetBIOS over TCP/IP Node Type",
        "NetBIOS over TCP/IP Scope", "X Window System Font Server", "X Window System Display Manager",
        "Requested IP Address", "IP Address Lease Time", "Option Overload", "DHCP Message Type",
        "DHCP Server Identifier", "Parameter Request List", "Message", "Maximum DHCP Message Size",
        "Renewal Time Value", "Rebinding Time Value", "Vendor class identifier", "Client identifier",
        "Novell/Netware IP domain", "Novell Options", "Network Information Service+ Domain",
        "Network Information Service+ Servers", "TFTP Server Name", "Bootfile name", "Mobile IP Home Agent",
        "SMTP Server", "POP3 Server", "NNTP Server", "Default WWW Server", "Default Finger Server",
        "Default IRC Server", "StreetTalk Server", "StreetTalk Directory Assistance Server", "User Class Information",
        "Directory Agent Information", "Service Location Agent Scope", "Rapid commit",
        "Client Fully Qualified Domain Name", "Agent Information Option", "iSNS", "Removed/Unassigned",
        "Novell Directory Services Servers", "Novell Directory Services Tree Name",
        "Novell Directory Services Context", "BCMCS Controller Domain Name [TODO:RFC4280]",
        "BCMCS Controller IPv4 address [TODO:RFC4280]", "Authentication", "Client last transaction time",
        "Associated IP option", "Client System Architecture", "Client Network Device Interface",
        "LDAP [TODO:RFC3679]", "Removed/Unassigned", "UUID/GUID-based Client Identifier",
        "Open Group's User Authentication [TODO:RFC2485]", "Civic Addresses Configuration", "PCode", "TCode",
        "Removed/unassigned", "Removed/unassigned", "Removed/unassigned", "Removed/unassigned", "Removed/unassigned",
        "Removed/unassigned", "IPv6-Only Preferred", "Unassigned", "Removed/Unassigned", "Unassigned",
        "NetInfo Parent Server Address", "NetInfo Parent Server Tag", "DHCP Captive-Portal", "Removed/Unassigned",
        "DHCP Auto-Configuration", "Name Service Search", "Subnet Selection Option", "Domain Search", "SIP Servers",
        "Classless Static Route", "CableLabs Client Configuration [TODO:RFC3495]",
        "Coordinate-based Location Configuration", "V-I Vendor Class", "V-I Vendor-specific Information",
        "Removed/Unassigned", "Removed/Unassigned", "DOCSIS full security server IP [TODO]",
        "PXE - undefined (vendor specific)", "PXE - undefined (vendor specific)", "PXE - undefined (vendor specific)",
        "PXE - undefined (vendor specific)", "PXE - undefined (vendor specific)", "PXE - undefined (vendor specific)",
        "PXE - undefined (vendor specific)", "PANA Authentication Agent", "LoST Server Domain Name",
        "CAPWAP Access Controllers", "IPv4 Address-MoS", "IPv4 FQDN-MoS", "SIP UA Configuration Domains",
        "IPv4 Address ANDSF", "Zerotouch Redirect [TODO: draft-ietf-netconf-zerotouch]",
        "Geospatial Location [TODO:RFC6225]", "Forcerenew Nonce Capable", "RDNSS Selection", "Unassigned",
        "Unassigned", "Unassigned", "TFTP Server Address", "Leasequery Status code", "Leasequery Base Time",
        "Leasequery Start Time of State", "Leasequery Query Start Time", "Leasequery Query End Time",
        "Leasequery Dhcp State", "Leasequery Data Source", "PCP Server", "Portparams",
        "Unassigned (ex DHCP Captive-Portal)", "Manufacturer Usage Description", "Unassigned", "Unassigned",
        "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
        "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Etherboot", "IP Telephone", "Etherboot",
        "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
        "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
        "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
        "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
        "Unassigned", "Unassigned", "PXELINUX Magic", "PXE Configuration file", "PXE Path Prefix", "Reboot Time",
        "6RD", "V4 Access Domain", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
        "Subnet Allocation", "Virtual Subnet Selection", "Unassigned", "Unassigned", "Private", "Private", "Private",
        "Private", "Private", "Private", "Private", "Private", "Private", "Private", "Private", "Private", "Private",
        "Private", "Private", "Private", "Private", "Private", "Private/Avaya IP Telephone", "Private", "Private",
        "Private", "Private", "Private", "Private", "Private/Classless Static Route (Microsoft)", "Private",
        "Private", "Private/Proxy autodiscovery", "Private", "Private", "End"
    };

    static String optionName(int code) {
        return OPTION_NAMES[code & 0xff];
    }

    public static final FieldDef DHCP = FieldDef.builder("dhcp", "Dynamic Host Configuration Protocol", PROTOCOL).blurb("DHCP/BOOTP")
            .build();
    static final FieldDef BOOTP = FieldDef.builder("dhcp.bootp", "Frame is BOOTP", BOOLEAN).build();
    static final FieldDef TYPE = FieldDef.builder("dhcp.type", "Message type", UINT8)
            .names(Map.of(1L, "Boot Request", 2L, "Boot Reply")).build();
    static final FieldDef HW_TYPE = FieldDef.builder("dhcp.hw.type", "Hardware type", UINT8).hex()
            .names(ArpTables.HARDWARE_TYPES).build();
    static final FieldDef HW_LEN = FieldDef.builder("dhcp.hw.len", "Hardware address length", UINT8).build();
    static final FieldDef HOPS = FieldDef.builder("dhcp.hops", "Hops", UINT8).build();
    static final FieldDef ID = FieldDef.builder("dhcp.id", "Transaction ID", UINT32).hex().build();
    static final FieldDef SECS = FieldDef.builder("dhcp.secs", "Seconds elapsed", UINT16).build();
    static final FieldDef FLAGS = FieldDef.builder("dhcp.flags", "Bootp flags", UINT16).hex().build();
    static final FieldDef FLAGS_BC = FieldDef.builder("dhcp.flags.bc", "Broadcast flag", BOOLEAN).mask(0x8000, 16)
            .trueFalse("Broadcast", "Unicast").build();
    static final FieldDef FLAGS_RESERVED = FieldDef.builder("dhcp.flags.reserved", "Reserved flags", UINT16).hex()
            .mask(0x7fff, 16).build();
    static final FieldDef IP_CLIENT = FieldDef.builder("dhcp.ip.client", "Client IP address", IPV4).build();
    static final FieldDef IP_YOUR = FieldDef.builder("dhcp.ip.your", "Your (client) IP address", IPV4).build();
    static final FieldDef IP_SERVER = FieldDef.builder("dhcp.ip.server", "Next server IP address", IPV4).build();
    static final FieldDef IP_RELAY = FieldDef.builder("dhcp.ip.relay", "Relay agent IP address", IPV4).build();
    static final FieldDef HW_ADDR = FieldDef.builder("dhcp.hw.addr", "Client hardware address", BYTES).build();
    static final FieldDef HW_ADDR_PADDING = FieldDef.builder("dhcp.hw.addr_padding",
            "Client hardware address padding", BYTES).build();
    static final FieldDef HW_MAC = FieldDef.builder("dhcp.hw.mac_addr", "Client MAC address", ETHER).build();
    static final FieldDef SERVER = FieldDef.builder("dhcp.server", "Server host name", STRING).build();
    static final FieldDef FILE = FieldDef.builder("dhcp.file", "Boot file name", STRING).build();
    static final FieldDef COOKIE = FieldDef.builder("dhcp.cookie", "Magic cookie", IPV4).build();
    static final FieldDef VENDOR_OPTIONS = FieldDef.builder("dhcp.vendor_specific_options",
            "Bootp vendor specific options", BYTES).build();

    static final FieldDef OPTION_TYPE = FieldDef.builder("dhcp.option.type", "Option", UINT8)
            .blurb("DHCP/BOOTP option type").build();
    static final FieldDef OPTION_LENGTH = FieldDef.builder("dhcp.option.length", "Length", UINT8)
            .blurb("DHCP/BOOTP option length").build();
    static final FieldDef OPTION_VALUE = FieldDef.builder("dhcp.option.value", "Value", BYTES)
            .blurb("DHCP/BOOTP option value").build();
    static final FieldDef PADDING = FieldDef.builder("dhcp.option.padding", "Padding", BYTES)
            .blurb("Option 0: Padding").build();
    static final FieldDef END = FieldDef.builder("dhcp.option.end", "Option End", UINT8).blurb("Option 255: End")
            .build();
    /** dhcp.option.end registered again under another name, for an End met while an overload is in force. */
    static final FieldDef END_OVERLOAD = new FieldDef(END.abbrev(), "Option End (Overload)", UINT8, END.base(), 0, 0,
            Map.of(), null, "Option 255: End (Overload)", END.id(), false, false);
    static final FieldDef MESSAGE_TYPE = FieldDef.builder("dhcp.option.dhcp", "DHCP", UINT8).names(MESSAGE_TYPES)
            .blurb("Option 53: DHCP option").build();
    static final FieldDef OVERLOAD = FieldDef.builder("dhcp.option.option_overload", "Option Overload", UINT8)
            .names(Map.of(1L, "Boot file name holds options", 2L, "Server host name holds options", 3L,
                    "Boot file and server host names hold options")).blurb("Option 52: Option Overload").build();
    static final FieldDef REQUEST_ITEM = FieldDef.builder("dhcp.option.request_list_item",
            "Parameter Request List Item", UINT8).blurb("Option 55: Parameter Request List Item").build();
    static final FieldDef VENDOR_CLASS = FieldDef.builder("dhcp.option.vendor_class_id", "Vendor class identifier",
            STRING).stringz().blurb("Option 60: Vendor class identifier").build();
    /**
     * A client identifier of the UUID form (options 61 and 97, type 0 and 16 bytes), an FT_GUID read little-endian;
     * packet-dhcp.c registers the name twice, once for each option, alike.
     */
    static final FieldDef CLIENT_ID_UUID = FieldDef.builder("dhcp.client_id.uuid", "Client Identifier (UUID)", GUID)
            .blurb("Client Machine Identifier (UUID)").build();
    static final FieldDef CLIENT_HW_ADDRESS = FieldDef.builder("dhcp.client_hardware_address",
            "Client hardware address", STRING).build();
    static final FieldDef CLIENT_ID_IAID = FieldDef.builder("dhcp.client_id.iaid", "IAID", STRING).build();
    static final FieldDef CLIENT_ID_DUID_TYPE = FieldDef.builder("dhcp.client_id.duid_type", "DUID Type", UINT16)
            .names(Map.of(1L, "link-layer address plus time", 2L, "assigned by vendor based on Enterprise number", 3L,
                    "link-layer address")).build();
    static final FieldDef CLIENT_ID_LLT_HW_TYPE = FieldDef.builder("dhcp.client_id.duid_llt_hw_type",
            "Hardware type", UINT16).names(ArpTables.HARDWARE_TYPES)
            .blurb("Client Identifier DUID LLT Hardware type").build();
    static final FieldDef CLIENT_ID_LL_HW_TYPE = FieldDef.builder("dhcp.client_id.duid_ll_hw_type",
            "Hardware type", UINT16).names(ArpTables.HARDWARE_TYPES)
            .blurb("Client Identifier DUID LL Hardware type").build();
    static final FieldDef CLIENT_ID_TIME = FieldDef.builder("dhcp.client_id.time", "Time", UINT32).build();
    static final FieldDef CLIENT_ID_LINK_LAYER = FieldDef.builder("dhcp.client_id.link_layer_address",
            "Link layer address", STRING).build();
    static final FieldDef CLIENT_ID_ENTERPRISE = FieldDef.builder("dhcp.client_id.enterprise_num",
            "Enterprise-number", UINT32).base(org.jdissect.api.field.Base.CUSTOM).build();
    static final FieldDef CLIENT_ID_IDENTIFIER = FieldDef.builder("dhcp.client_id", "Identifier", BYTES).build();
    static final FieldDef CLIENT_ID_TYPE = FieldDef.builder("dhcp.client_id.type", "Type", UINT8).build();
    static final FieldDef CLIENT_ID_UNDEF = FieldDef.builder("dhcp.client_id.undef", "Client Identifier", STRING)
            .build();
    static final FieldDef FQDN_FLAGS = FieldDef.builder("dhcp.fqdn.flags", "Flags", UINT8).hex().build();
    static final FieldDef FQDN_MBZ = FieldDef.builder("dhcp.fqdn.mbz", "Reserved flags", UINT8).hex().mask(0xf0, 8)
            .build();
    static final FieldDef FQDN_N = FieldDef.builder("dhcp.fqdn.n", "Server DDNS", BOOLEAN).mask(0x08, 8)
            .trueFalse("No server updates", "Some server updates")
            .blurb("If true, server should not do any DDNS updates").build();
    static final FieldDef FQDN_E = FieldDef.builder("dhcp.fqdn.e", "Encoding", BOOLEAN).mask(0x04, 8)
            .trueFalse("Binary encoding", "ASCII encoding").blurb("If true, name is binary encoded").build();
    static final FieldDef FQDN_O = FieldDef.builder("dhcp.fqdn.o", "Server overrides", BOOLEAN).mask(0x02, 8)
            .trueFalse("Override", "No override").blurb("If true, server insists on doing DDNS update").build();
    static final FieldDef FQDN_S = FieldDef.builder("dhcp.fqdn.s", "Server", BOOLEAN).mask(0x01, 8)
            .trueFalse("Server", "Client").blurb("If true, server should do DDNS update").build();
    static final FieldDef FQDN_RCODE1 = FieldDef.builder("dhcp.fqdn.rcode1", "A-RR result", UINT8)
            .blurb("Result code of A-RR update").build();
    static final FieldDef FQDN_RCODE2 = FieldDef.builder("dhcp.fqdn.rcode2", "PTR-RR result", UINT8)
            .blurb("Result code of PTR-RR update").build();
    static final FieldDef FQDN_NAME = FieldDef.builder("dhcp.fqdn.name", "Client name", STRING)
            .blurb("Name to register via DDNS").build();
    static final FieldDef O82_SUBOPTION = FieldDef.builder("dhcp.option.agent_information_option.suboption",
            "Option 82 Suboption", UINT8).blurb("Option 82: Suboption").build();
    static final FieldDef SUBOPTION_LENGTH = FieldDef.builder("dhcp.option.suboption_length", "Length", UINT8)
            .blurb("Suboption length").build();
    static final FieldDef O82_VALUE = FieldDef.builder("dhcp.option.agent_information_option.value", "Value", BYTES)
            .blurb("Option 82: Suboption value").build();
    static final FieldDef O82_CIRCUIT_ID = FieldDef.builder("dhcp.option.agent_information_option.agent_circuit_id",
            "Agent Circuit ID", BYTES).blurb("Option 82:1 Agent Circuit ID").build();
    static final FieldDef O82_REMOTE_ID = FieldDef.builder("dhcp.option.agent_information_option.agent_remote_id",
            "Agent Remote ID", BYTES).blurb("Option 82:2 Agent Remote ID").build();
    static final FieldDef O82_RESERVED = FieldDef.builder("dhcp.option.agent_information_option.reserved",
            "Reserved", BYTES).blurb("Option 82:3 Reserved").build();
    static final FieldDef O82_DOCSIS_CLASS = FieldDef.builder(
            "dhcp.option.agent_information_option.docsis_device_class", "DOCSIS Device Class", UINT32).hex()
            .blurb("Option 82:4 DOCSIS Device Class").build();
    static final FieldDef O82_LINK_SELECTION = FieldDef.builder(
            "dhcp.option.agent_information_option.link_selection", "Link selection", IPV4)
            .blurb("Option 82:5 Link selection").build();
    static final FieldDef O82_SUBSCRIBER_ID = FieldDef.builder(
            "dhcp.option.agent_information_option.subscriber_id", "Subscriber ID", STRING).stringz()
            .blurb("Option 82:6 Subscriber ID").build();
    static final FieldDef O82_RADIUS = FieldDef.builder("dhcp.option.agent_information_option.radius_attributes",
            "RADIUS Attributes", BYTES).blurb("Option 82:7 RADIUS Attributes").build();
    static final FieldDef O82_AUTHENTICATION = FieldDef.builder(
            "dhcp.option.agent_information_option.authentication", "Authentication", BYTES)
            .blurb("Option 82:8 Authentication").build();
    static final FieldDef O82_FLAGS = FieldDef.builder("dhcp.option.agent_information_option.flags", "Flags", UINT8)
            .hex().blurb("Option 82:10 Flags").build();
    static final FieldDef O82_SERVER_ID_OVERRIDE = FieldDef.builder(
            "dhcp.option.agent_information_option.server_id_override", "Server ID Override", IPV4)
            .blurb("Option 82:11 Server ID Override").build();
    static final FieldDef O82_RELAY_AGENT_ID = FieldDef.builder(
            "dhcp.option.agent_information_option.relay_agent_id", "Relay Agent Identifier", BYTES)
            .blurb("Option 82:12 Relay Agent Identifier").build();
    static final FieldDef O82_LINK_SELECTION_CISCO = FieldDef.builder(
            "dhcp.option.agent_information_option.link_selection_cisco", "Link selection (Cisco proprietary)", IPV4)
            .blurb("Option 82:150 Link selection (Cisco proprietary)").build();
    static final FieldDef O82_SERVER_ID_OVERRIDE_CISCO = FieldDef.builder(
            "dhcp.option.agent_information_option.server_id_override_cisco",
            "Server ID Override (Cisco proprietary)", IPV4)
            .blurb("Option 82:152 Server ID Override (Cisco proprietary)").build();
    static final FieldDef O82_VI_ENTERPRISE = FieldDef.builder("dhcp.option.agent_information_option.vi.enterprise",
            "Enterprise", UINT32).base(org.jdissect.api.field.Base.CUSTOM).blurb("Option 82:9 VI Enterprise").build();
    static final FieldDef O82_VI_DATA_LENGTH = FieldDef.builder(
            "dhcp.option.agent_information_option.vi.data_length", "Data Length", UINT8)
            .blurb("Option 82:9 VI Data Length").build();
    static final FieldDef O82_VRF_GLOBAL = FieldDef.builder("dhcp.option.agent_information_option.vrf_name.global",
            "Global, default VPN", UINT8).blurb("Option 82:151 Global, default VPN").build();
    static final FieldDef O82_VRF_NAME = FieldDef.builder("dhcp.option.agent_information_option.vrf_name",
            "VRF name", STRING).blurb("Option 82:151 VRF name").build();
    static final FieldDef O82_VRF_OUI = FieldDef.builder("dhcp.option.agent_information_option.vrf_name.vpn_id.oui",
            "VRF name/VPN ID OUI", UINT24).hex().blurb("Option 82:151 VRF name/VPN ID OUI").build();
    static final FieldDef O82_VRF_INDEX = FieldDef.builder(
            "dhcp.option.agent_information_option.vrf_name.vpn_id.index", "VRF name/VPN ID Index", UINT32).hex()
            .blurb("Option 82:151 VRF name/VPN ID Index").build();
    static final FieldDef CLIENT_ARCH = FieldDef.builder("dhcp.option.client_system_architecture",
            "Client System Architecture", UINT16).names(CLIENT_ARCHITECTURES)
            .blurb("Option 93: Client System Architecture").build();
    static final FieldDef SEARCH_RFC3396 = FieldDef.builder(
            "dhcp.option.dhcp_dns_domain_search_list_rfc_3396_detected", "Encoding Long Options detected (RFC 3396)",
            STRING).stringz().blurb("Option 119: Encoding Long Options detected (RFC 3396)").build();
    static final FieldDef SEARCH_REFER_LAST = FieldDef.builder(
            "dhcp.option.dhcp_dns_domain_search_list_refer_last_option",
            "For the data, please refer to last option 119", STRING).stringz()
            .blurb("Option 119: For the data, please refer to last option 119").build();
    static final FieldDef SEARCH_FQDN = FieldDef.builder("dhcp.option.dhcp_dns_domain_search_list_fqdn", "FQDN",
            STRING).stringz().blurb("Option 119: FQDN").build();
    static final FieldDef CLASSLESS_ROUTE = FieldDef.builder("dhcp.option.classless_static_route",
            "Subnet/MaskWidth-Router", BYTES).blurb("Option 121: Subnet/MaskWidth-Router").build();

    static final FieldDef POLICY_FILTER_IP = FieldDef.builder("dhcp.option.policy_filter.ip", "IP Address", IPV4)
            .blurb("Option 21: IP address").build();
    static final FieldDef POLICY_FILTER_MASK = FieldDef.builder("dhcp.option.policy_filter.subnet_mask",
            "Subnet Mask", IPV4).blurb("Option 21: Subnet Mask").build();
    static final FieldDef STATIC_ROUTE_IP = FieldDef.builder("dhcp.option.static_route.ip", "Destination IP Address",
            IPV4).blurb("Option 33: Destination IP address").build();
    static final FieldDef STATIC_ROUTE_ROUTER = FieldDef.builder("dhcp.option.static_route.router",
            "Destination Router", IPV4).blurb("Option 33: Destination Router").build();
    static final FieldDef VENDOR_VALUE = FieldDef.builder("dhcp.option.vendor.value", "Value", BYTES)
            .blurb("Option 43: Suboption value").build();
    static final FieldDef USER_CLASS = FieldDef.builder("dhcp.option.user_class", "Instance of User Class", UINT8)
            .build();
    static final FieldDef USER_CLASS_LENGTH = FieldDef.builder("dhcp.option.user_class.length", "User Class Length",
            UINT8).blurb("Length of User Class Instance").build();
    static final FieldDef USER_CLASS_DATA = FieldDef.builder("dhcp.option.user_class.data", "User Class Data", BYTES)
            .blurb("Data of User Class Instance").build();
    static final FieldDef USER_CLASS_TEXT = FieldDef.builder("dhcp.option.user_class.text", "User Class Data (Text)",
            STRING).blurb("Text of User Class Instance").build();
    static final FieldDef NETWORK_ID_MAJOR = FieldDef.builder("dhcp.client_network_id_major", "Major Version", UINT8)
            .blurb("Option 94: Major Version").build();
    static final FieldDef NETWORK_ID_MINOR = FieldDef.builder("dhcp.client_network_id_minor", "Minor Version", UINT8)
            .blurb("Option 94: Minor Version").build();
    static final FieldDef SIP_RFC3396 = FieldDef.builder("dhcp.option.sip_server.rfc_3396_detected",
            "Encoding Long Options detected (RFC 3396)", STRING).stringz()
            .blurb("Option 120: Encoding Long Options detected (RFC 3396)").build();
    static final FieldDef SIP_REFER_LAST = FieldDef.builder("dhcp.option.sip_server.refer_last_option",
            "For the data, please refer to last option 120", STRING).stringz()
            .blurb("Option 120: For the data, please refer to last option 120").build();
    static final FieldDef SIP_ENCODING = FieldDef.builder("dhcp.option.sip_server.encoding", "SIP Server Encoding",
            UINT8).names(Map.of(0L, "Fully Qualified Domain Name", 1L, "IPv4 Address"))
            .blurb("Option 120: SIP Server encoding").build();
    static final FieldDef SIP_NAME = FieldDef.builder("dhcp.option.sip_server.name", "SIP Server Name", STRING)
            .stringz().blurb("Option 120: SIP Server Name").build();
    static final FieldDef SIP_ADDRESS = FieldDef.builder("dhcp.option.sip_server.address", "SIP Server Address",
            IPV4).blurb("Option 120: SIP Server Address").build();
    static final FieldDef CAPTIVE_PORTAL = FieldDef.builder("dhcp.option.captive_portal", "Captive Portal", STRING)
            .blurb("The contact URI for the captive portal that the user should connect to").build();

    static final FieldDef SLP_DA_VALUE = FieldDef.builder("dhcp.option.slp_directory_agent.value", "Value", UINT8)
            .names(Map.of(0L, "Dynamic Discovery", 1L, "Static Discovery", 128L, "Backwards compatibility"))
            .blurb("Option 78: SLPDA Value").build();
    static final FieldDef SLP_DA_ADDRESS = FieldDef.builder("dhcp.option.slp_directory_agent.slpda_address",
            "IP Address", IPV4).blurb("Option 78: SLPDA Address").build();
    static final FieldDef SLP_SCOPE_VALUE = FieldDef.builder("dhcp.option.slp_service_scope.value", "Value", UINT8)
            .names(Map.of(0L, "Preferred Scope", 1L, "Mandatory Scope")).blurb("Option 79: SLP Service Scope Value")
            .build();
    static final FieldDef SLP_SCOPE_STRING = FieldDef.builder("dhcp.option.slp_service_scope.string",
            "SLP Service Scope", STRING).stringz().blurb("Option 79: SLP Service Scope").build();
    static final FieldDef NAME_SERVICE = FieldDef.builder("dhcp.option.dhcp_name_service_search_option",
            "Name Service", STRING).stringz().blurb("Option 117: Name Service").build();
    /** Option 124's fields, under the names packet-dhcp.c 4.0.17 registers (two of them borrowed by mistake). */
    static final FieldDef VI_CLASS_ADDRESS_MODE = FieldDef.builder("dhcp.option.vi_class.cl_address_mode",
            "CableLab Address Mode", UINT8).names(Map.of(1L, "IPv4", 2L, "IPv6"))
            .blurb("Option 124: CableLab Address Mode").build();
    static final FieldDef VI_CLASS_ENTERPRISE = FieldDef.builder("dhcp.option.vi_class.enterprise", "Enterprise",
            UINT32).base(org.jdissect.api.field.Base.CUSTOM).blurb("Option 124: Enterprise").build();
    static final FieldDef VI_CLASS_LENGTH = FieldDef.builder("dhcp.option.vi_class.length", "CableLab Address Mode",
            UINT8).blurb("Option 124: Length").build();
    static final FieldDef VI_CLASS_DATA = FieldDef.builder("dhcp.option.vi_class.data", "NetInfo Parent Server Tag",
            STRING).stringz().blurb("Option 124: Data").build();
    static final FieldDef FORCERENEW_ALGORITHM = FieldDef.builder("dhcp.option.forcerenew_nonce.algorithm",
            "Algorithm", UINT8).names(Map.of(1L, "HMAC-MD5")).blurb("Forcenew Nonce Algorithm").build();
    static final FieldDef PANA_AGENT = FieldDef.builder("dhcp.option.pana_agent", "PAA IPv4 Address", IPV4)
            .blurb("Protocol for Carrying Authentication for Network Access (PANA) Authentication Agents IPv4 Address")
            .build();
    static final FieldDef LEASEQUERY_STATUS = FieldDef.builder("dhcp.option.bulk_lease.status_code", "Status Code",
            UINT8).names(Map.of(0L, "Success", 1L, "UpsecFail", 2L, "QueryTerminated", 3L, "MalformedQuery", 4L,
                    "NotAllowed")).blurb("DHCPv4 Bulk Leasequery Status Code").build();
    static final FieldDef LEASEQUERY_STATUS_MESSAGE = FieldDef.builder("dhcp.option.bulk_lease.status_code_message",
            "Status Code Message", STRING).blurb("DHCPv4 Bulk Leasequery Status Code Message").build();
    /** RFC 6926's times (options 152, 154, 155): NTP seconds, four bytes, read with NTP's era rule. */
    static final FieldDef LEASEQUERY_BASE_TIME = FieldDef.builder("dhcp.option.bulk_lease.base_time", "Base Time",
            ABSOLUTE_TIME).base(Base.TIME_UTC).blurb("DHCPv4 Bulk Leasequery Base Time").build();
    static final FieldDef LEASEQUERY_QUERY_START = FieldDef.builder("dhcp.option.bulk_lease.query_start_time",
            "Query Start Time", ABSOLUTE_TIME).base(Base.TIME_UTC).blurb("DHCPv4 Bulk Leasequery Query Start Time")
            .build();
    static final FieldDef LEASEQUERY_QUERY_END = FieldDef.builder("dhcp.option.bulk_lease.query_end_time",
            "Query End Time", ABSOLUTE_TIME).base(Base.TIME_UTC).blurb("DHCPv4 Bulk Leasequery Query End Time").build();
    static final FieldDef PORTPARAMS_OFFSET = FieldDef.builder("dhcp.option.portparams.offset", "Offset", UINT8)
            .blurb("Port Set ID (PSID) offset").build();
    static final FieldDef PORTPARAMS_PSID_LENGTH = FieldDef.builder("dhcp.option.portparams.psid_length",
            "PSID-Length", UINT8).blurb("Port Set ID (PSID) Length").build();
    static final FieldDef PORTPARAMS_PSID = FieldDef.builder("dhcp.option.portparams.psid", "PSID", BYTES)
            .blurb("Port Set ID (PSID)").build();
    static final FieldDef CIVIC_WHAT = FieldDef.builder("dhcp.option.civic_location.what", "What", UINT8)
            .names(Map.ofEntries(
            Map.entry(0L, "Location of the DHCP server"),
            Map.entry(1L, "Location of the network element believed to be closest to the client"),
            Map.entry(2L, "Location of the client"))).blurb("Option 99: What").build();
    static final FieldDef CIVIC_COUNTRY = FieldDef.builder("dhcp.option.civic_location.country", "Country", STRING)
            .stringz().blurb("Option 99: Country").build();
    static final FieldDef CIVIC_CA_TYPE = FieldDef.builder("dhcp.option.civic_location.ca_type", "CA Type", UINT8)
            .names(Map.ofEntries(
            Map.entry(0L, "Language"), Map.entry(1L, "A1"), Map.entry(2L, "A2"), Map.entry(3L, "A3"),
            Map.entry(4L, "A4"), Map.entry(5L, "A5"), Map.entry(6L, "A6"),
            Map.entry(16L, "PRD (Leading street direction)"), Map.entry(17L, "POD (Trailing street suffix)"),
            Map.entry(18L, "STS (Street suffix)"), Map.entry(19L, "HNO (House number)"),
            Map.entry(20L, "HNS (House number suffix)"), Map.entry(21L, "LMK (Landmark or vanity address)"),
            Map.entry(22L, "LOC (Additional location information)"), Map.entry(23L, "NAM"),
            Map.entry(24L, "PC (Postal/ZIP code)"), Map.entry(25L, "BLD (Building)"), Map.entry(26L, "UNIT"),
            Map.entry(27L, "FLR (Floor)"), Map.entry(28L, "ROOM"), Map.entry(29L, "PLC (Place-type)"),
            Map.entry(30L, "PCN (Postal community name)"), Map.entry(31L, "POBOX"),
            Map.entry(32L, "ADDCODE (Additional Code)"), Map.entry(33L, "SEAT"),
            Map.entry(34L, "RD (Primary road or street)"), Map.entry(35L, "RDSEC (Road section)"),
            Map.entry(36L, "RDBR (Road branch)"), Map.entry(37L, "RDSUBBR (Road sub-branch)"),
            Map.entry(38L, "PRM (Road pre-modifier)"), Map.entry(39L, "POM (Road post-modifier"),
            Map.entry(128L, "Script"))).blurb("Option 99: CA Type").build();
    static final FieldDef CIVIC_CA_LENGTH = FieldDef.builder("dhcp.option.civic_location.ca_length", "CA Length",
            UINT8).blurb("Option 99: CA Length").build();
    static final FieldDef CIVIC_CA_VALUE = FieldDef.builder("dhcp.option.civic_location.ca_value", "CA Value", STRING)
            .stringz().blurb("Option 99: CA Value").build();

    static final ExpertDef EI_BAD_LENGTH = ExpertDef.of("dhcp.bad_length", ExpertGroup.PROTOCOL, ExpertSeverity.ERROR,
            "length isn't 0");
    static final ExpertDef EI_NONSTD_DATA = ExpertDef.of("dhcp.option.nonstd_data", ExpertGroup.PROTOCOL,
            ExpertSeverity.NOTE, "Non standard compliant option data");
    static final ExpertDef EI_SIP_ENCODING = ExpertDef.of("dhcp.option.sip_server_address.encoding",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "RFC 3361 defines only 0 and 1 for Encoding byte");
    static final ExpertDef EI_CIVIC_BAD_CATYPE = ExpertDef.of("dhcp.option.civic_location.bad_cattype",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "Error with CAType");
    static final ExpertDef EI_NAME_SERVICE_INVALID = ExpertDef.of("dhcp.option.dhcp_name_service.invalid",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "Invalid Name Service");
    static final ExpertDef EI_MAL_DUID = ExpertDef.of("dhcp.malformed.duid", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "DUID: malformed option");
    static final ExpertDef EI_SUBOPT_UNKNOWN_TYPE = ExpertDef.of("dhcp.subopt.unknown_type", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "ERROR, please report: Unknown subopt type handler");
    static final ExpertDef EI_MISSING_SUBOPT_LENGTH = ExpertDef.of("dhcp.missing_subopt_length",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "no room left in option for suboption length");
    static final ExpertDef EI_MISSING_SUBOPT_VALUE = ExpertDef.of("dhcp.missing_subopt_value",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "no room left in option for suboption value");
    static final ExpertDef EI_SNAME_END_MISSING = ExpertDef.of("dhcp.option.option_overload.sname_end_missing",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "sname overload end option missing");
    static final ExpertDef EI_FILE_END_MISSING = ExpertDef.of("dhcp.option.option_overload.file_end_missing",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "file overload end option missing");
    static final ExpertDef EI_CLASSLESS_ROUTE = ExpertDef.of("dhcp.option.classless_static.route",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "Mask width > 32");
    /** Registered as packet-dhcp.c registers it; an option always takes a byte at least, so it is never added. */
    static final ExpertDef EI_PARSE_ERR = ExpertDef.of("dhcp.option.parse_err", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Parse error");
    static final ExpertDef EI_SECS_LE = ExpertDef.of("dhcp.secs_le", ExpertGroup.PROTOCOL, ExpertSeverity.NOTE,
            "Seconds elapsed appears to be encoded as little-endian");
    static final ExpertDef EI_END_MISSING = ExpertDef.of("dhcp.end_option_missing", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "End option missing");
    static final ExpertDef EI_CLIENT_ADDRESS_NOT_GIVEN = ExpertDef.of("dhcp.client_address_not_given",
            ExpertGroup.PROTOCOL, ExpertSeverity.NOTE, "Client address not given");
    static final ExpertDef EI_SNAME_OVERLOADED = ExpertDef.of("dhcp.server_name_overloaded_by_dhcp",
            ExpertGroup.PROTOCOL, ExpertSeverity.NOTE, "Server name option overloaded by DHCP");
    static final ExpertDef EI_FILE_OVERLOADED = ExpertDef.of("dhcp.boot_filename_overloaded_by_dhcp",
            ExpertGroup.PROTOCOL, ExpertSeverity.NOTE, "Boot file name option overloaded by DHCP");
    static final ExpertDef EI_CLIENT_ARCH_AMBIGUOUS = ExpertDef.of("dhcp.option.client_architecture.ambiguous",
            ExpertGroup.PROTOCOL, ExpertSeverity.WARN, "Client Architecture ID may be ambiguous");

    static final ExpertDef[] EXPERTS = {EI_NAME_SERVICE_INVALID, EI_CIVIC_BAD_CATYPE, EI_BAD_LENGTH, EI_NONSTD_DATA,
        EI_SIP_ENCODING, EI_MAL_DUID, EI_SUBOPT_UNKNOWN_TYPE, EI_MISSING_SUBOPT_LENGTH, EI_MISSING_SUBOPT_VALUE,
        EI_SNAME_END_MISSING, EI_FILE_END_MISSING, EI_CLASSLESS_ROUTE, EI_PARSE_ERR, EI_SECS_LE, EI_END_MISSING,
        EI_CLIENT_ADDRESS_NOT_GIVEN, EI_SNAME_OVERLOADED, EI_FILE_OVERLOADED, EI_CLIENT_ARCH_AMBIGUOUS};

    /** How dhcp_handle_basic_types reads an option's value. */
    enum Kind {
        IPV4, IPV4_LIST, STRING, STRINGZ, BOOL, U8, U16, U16_LIST, U32, TIME_S, TIME_U
    }

    /** An option packet-dhcp.c decodes as one value of a basic type (or a list of them), with its own field. */
    record Basic(int code, Kind kind, FieldDef field) {
    }

    private static Basic basic(int code, String abbrev, String name, Kind kind) {
        return basic(code, FieldDef.builder(abbrev, name, fieldType(kind)), kind);
    }

    private static Basic basic(int code, String abbrev, String name, Kind kind, Map<Long, String> names) {
        return basic(code, FieldDef.builder(abbrev, name, fieldType(kind)).names(names), kind);
    }

    private static Basic basic(int code, String abbrev, String name, Kind kind, String yes, String no) {
        return basic(code, FieldDef.builder(abbrev, name, BOOLEAN).trueFalse(yes, no), kind);
    }

    private static Basic basic(int code, FieldDef.Builder b, Kind kind) {
        if (kind == Kind.STRINGZ) {
            b.stringz();
        }
        return new Basic(code, kind, b.build());
    }

    private static FieldType fieldType(Kind kind) {
        return switch (kind) {
            case IPV4, IPV4_LIST -> IPV4;
            case STRING, STRINGZ -> FieldType.STRING;
            case BOOL -> BOOLEAN;
            case U8 -> UINT8;
            case U16, U16_LIST -> UINT16;
            case U32, TIME_U -> UINT32;
            case TIME_S -> INT32;
        };
    }

    /** DHCP_OPTION_BASICTYPE_RANGE of packet-dhcp.c 4.0.17 (53, whose item names the message, is not here). */
    private static final Basic[] BASIC_LIST = {
            basic(1, "dhcp.option.subnet_mask", "Subnet Mask", Kind.IPV4),
            basic(2, "dhcp.option.time_offset", "Time Offset", Kind.TIME_S),
            basic(3, "dhcp.option.router", "Router", Kind.IPV4_LIST),
            basic(4, "dhcp.option.time_server", "Time Server", Kind.IPV4_LIST),
            basic(5, "dhcp.option.name_server", "Name Server", Kind.IPV4_LIST),
            basic(6, "dhcp.option.domain_name_server", "Domain Name Server", Kind.IPV4_LIST),
            basic(7, "dhcp.option.log_server", "Log Server", Kind.IPV4_LIST),
            basic(8, "dhcp.option.quotes_server", "Quotes Server", Kind.IPV4_LIST),
            basic(9, "dhcp.option.lpr_server", "LPR Server", Kind.IPV4_LIST),
            basic(10, "dhcp.option.impress_server", "Impress Server", Kind.IPV4_LIST),
            basic(11, "dhcp.option.resource_location_server", "Resource Location Server", Kind.IPV4_LIST),
            basic(12, "dhcp.option.hostname", "Host Name", Kind.STRINGZ),
            basic(13, "dhcp.option.boot_file_size", "Boot File Size", Kind.U16),
            basic(14, "dhcp.option.merit_dump_file", "Merit Dump File", Kind.STRINGZ),
            basic(15, "dhcp.option.domain_name", "Domain Name", Kind.STRINGZ),
            basic(16, "dhcp.option.swap_server", "Swap Server", Kind.IPV4),
            basic(17, "dhcp.option.root_path", "Root Path", Kind.STRINGZ),
            basic(18, "dhcp.option.extension_path", "Extensions Path", Kind.STRINGZ),
            basic(19, "dhcp.option.ip_forwarding", "IP Forwarding", Kind.BOOL, "Enabled", "Disabled"),
            basic(20, "dhcp.option.non_local_source_routing",
                    "Non-Local Source Routing", Kind.BOOL, "Enabled", "Disabled"),
            basic(22, "dhcp.option.max_datagram_reassembly_size", "Maximum Datagram Reassembly Size", Kind.U16),
            basic(23, "dhcp.option.default_ip_ttl", "Default IP Time-to-Live", Kind.U8),
            basic(24, "dhcp.option.path_mtu_aging_timeout", "Path MTU Aging Timeout", Kind.TIME_U),
            basic(25, "dhcp.option.path_mtu_plateau_table_item", "Path MTU Plateau Table Item", Kind.U16_LIST),
            basic(26, "dhcp.option.interface_mtu", "Interface MTU", Kind.U16),
            basic(27, "dhcp.option.all_subnets_are_local", "All Subnets are Local", Kind.BOOL, "Yes", "No"),
            basic(28, "dhcp.option.broadcast_address", "Broadcast Address", Kind.IPV4),
            basic(29, "dhcp.option.perform_mask_discovery", "Perform Mask Discovery", Kind.BOOL, "Enabled", "Disabled"),
            basic(30, "dhcp.option.mask_supplier", "Mask Supplier", Kind.BOOL, "Yes", "No"),
            basic(31, "dhcp.option.perform_router_discover",
                    "Perform Router Discover", Kind.BOOL, "Enabled", "Disabled"),
            basic(32, "dhcp.option.router_solicitation_address", "Router Solicitation Address", Kind.IPV4),
            basic(34, "dhcp.option.trailer_encapsulation", "Trailer Encapsulation", Kind.BOOL, "Enabled", "Disabled"),
            basic(35, "dhcp.option.arp_cache_timeout", "ARP Cache Timeout", Kind.TIME_U),
            basic(36, "dhcp.option.ethernet_encapsulation", "Ethernet Encapsulation", Kind.BOOL, "Enabled", "Disabled"),
            basic(37, "dhcp.option.tcp_default_ttl", "TCP Default TTL", Kind.U8),
            basic(38, "dhcp.option.tcp_keepalive_interval", "TCP Keepalive Interval", Kind.TIME_U),
            basic(39, "dhcp.option.tcp_keepalive_garbage", "TCP Keepalive Garbage", Kind.BOOL, "Enabled", "Disabled"),
            basic(40, "dhcp.option.nis_domain", "Network Information Service Domain", Kind.STRINGZ),
            basic(41, "dhcp.option.nis_server", "Network Information Service Server", Kind.IPV4_LIST),
            basic(42, "dhcp.option.ntp_server", "Network Time Protocol Server", Kind.IPV4_LIST),
            basic(44, "dhcp.option.netbios_over_tcpip_name_server", "NetBIOS over TCP/IP Name Server", Kind.IPV4_LIST),
            basic(45, "dhcp.option.netbios_over_tcpip_dd_name_server",
                    "NetBIOS over TCP/IP Datagram Distribution Name Server", Kind.IPV4_LIST),
            basic(46, "dhcp.option.netbios_over_tcpip_node_type", "NetBIOS over TCP/IP Node Type", Kind.U8,
                    Map.of(1L, "B-node", 2L, "P-node", 4L, "M-node", 8L, "H-node")),
            basic(47, "dhcp.option.netbios_over_tcpip_scope", "NetBIOS over TCP/IP Scope", Kind.STRINGZ),
            basic(48, "dhcp.option.xwindows_system_font_server", "X Window System Font Server", Kind.IPV4_LIST),
            basic(49, "dhcp.option.xwindows_system_display_manager", "X Window System Display Manager", Kind.IPV4_LIST),
            basic(50, "dhcp.option.requested_ip_address", "Requested IP Address", Kind.IPV4),
            basic(51, "dhcp.option.ip_address_lease_time", "IP Address Lease Time", Kind.TIME_U),
            basic(54, "dhcp.option.dhcp_server_id", "DHCP Server Identifier", Kind.IPV4),
            basic(56, "dhcp.option.message", "Message", Kind.STRINGZ),
            basic(57, "dhcp.option.dhcp_max_message_size", "Maximum DHCP Message Size", Kind.U16),
            basic(58, "dhcp.option.renewal_time_value", "Renewal Time Value", Kind.TIME_U),
            basic(59, "dhcp.option.rebinding_time_value", "Rebinding Time Value", Kind.TIME_U),
            basic(64, "dhcp.option.nis_plus_domain", "Network Information Service+ Domain", Kind.STRINGZ),
            basic(65, "dhcp.option.nis_plus_server", "Network Information Service+ Server", Kind.IPV4_LIST),
            basic(66, "dhcp.option.tftp_server_name", "TFTP Server Name", Kind.STRINGZ),
            basic(67, "dhcp.option.bootfile_name", "Bootfile name", Kind.STRINGZ),
            basic(68, "dhcp.option.mobile_ip_home_agent", "Mobile IP Home Agent", Kind.IPV4_LIST),
            basic(69, "dhcp.option.smtp_server", "SMTP Server", Kind.IPV4_LIST),
            basic(70, "dhcp.option.pop3_server", "POP3 Server", Kind.IPV4_LIST),
            basic(71, "dhcp.option.nntp_server", "NNTP Server", Kind.IPV4_LIST),
            basic(72, "dhcp.option.default_www_server", "Default WWW Server", Kind.IPV4_LIST),
            basic(73, "dhcp.option.default_finger_server", "Default Finger Server", Kind.IPV4_LIST),
            basic(74, "dhcp.option.default_irc_server", "Default IRC Server", Kind.IPV4_LIST),
            basic(75, "dhcp.option.streettalk_server", "StreetTalk Server", Kind.IPV4_LIST),
            basic(76, "dhcp.option.streettalk_da_server", "StreetTalk Directory Assistance Server", Kind.IPV4_LIST),
            basic(86, "dhcp.option.novell_ds_tree_name", "Novell Directory Services Tree Name", Kind.STRINGZ),
            basic(87, "dhcp.option.novell_ds_context", "Novell Directory Services Context", Kind.STRINGZ),
            basic(91, "dhcp.option.client_last_transaction_time", "Client last transaction time", Kind.TIME_U),
            basic(92, "dhcp.option.associated_ip_option", "Associated IP option", Kind.IPV4_LIST),
            basic(100, "dhcp.option.tz_pcode", "TZ PCode", Kind.STRING),
            basic(101, "dhcp.option.tz_tcode", "TZ TCode", Kind.STRING),
            basic(112, "dhcp.option.netinfo_parent_server_address", "NetInfo Parent Server Address", Kind.IPV4_LIST),
            basic(113, "dhcp.option.netinfo_parent_server_tag", "NetInfo Parent Server Tag", Kind.STRINGZ),
            basic(116, "dhcp.option.dhcp_auto_configuration", "DHCP Auto-Configuration", Kind.U8,
                    Map.of(0L, "DoNotAutoConfigure", 1L, "AutoConfigure")),
            basic(118, "dhcp.option.subnet_selection_option", "Subnet Selection Option", Kind.IPV4_LIST),
            basic(137, "dhcp.option.lost_server_domain_name", "LoST Server Domain Name", Kind.STRINGZ),
            basic(138, "dhcp.option.capwap_access_controller", "CAPWAP Access Controllers", Kind.IPV4_LIST),
            basic(150, "dhcp.option.tftp_server_address", "TFTP Server Address", Kind.IPV4_LIST),
            basic(161, "dhcp.option.mudurl", "MUDURL", Kind.STRING),
            basic(209, "dhcp.option.pxe_config_file", "PXELINUX configuration file", Kind.STRING),
            basic(210, "dhcp.option.pxe_path_prefix", "PXELINUX path prefix", Kind.STRING),
            basic(252, "dhcp.option.private_proxy_autodiscovery", "Private/Proxy autodiscovery", Kind.STRINGZ),
            basic(142, "dhcp.option.andsf_server", "ANDSF Server", Kind.IPV4_LIST),
            basic(153, "dhcp.option.bulk_lease.start_time_of_state", "Start Time Of State", Kind.TIME_U),
            basic(156, "dhcp.option.bulk_lease.dhcp_state", "Dhcp State", Kind.U8,
                    Map.of(1L, "Available", 2L, "Active", 3L, "Expired", 4L, "Released", 5L, "Abandoned", 6L, "Reset",
                    7L, "Remote", 8L, "Transitioning")),
            basic(157, "dhcp.option.bulk_lease.data_source", "Data Source", Kind.BOOL, "Remote", "Local")
    };

    /** The basic-type option of each code, or null. */
    static final Basic[] BASIC = new Basic[256];

    static {
        for (Basic b : BASIC_LIST) {
            BASIC[b.code()] = b;
        }
    }

    static FieldDef[] all() {
        List<FieldDef> all = new ArrayList<>(List.of(DHCP, BOOTP, TYPE, HW_TYPE, HW_LEN, HOPS, ID, SECS, FLAGS,
                FLAGS_BC, FLAGS_RESERVED, IP_CLIENT, IP_YOUR, IP_SERVER, IP_RELAY, HW_ADDR, HW_ADDR_PADDING, HW_MAC,
                SERVER, FILE, COOKIE, VENDOR_OPTIONS, OPTION_TYPE, OPTION_LENGTH, OPTION_VALUE, PADDING, END,
                MESSAGE_TYPE, OVERLOAD, REQUEST_ITEM, VENDOR_CLASS, CLIENT_ID_UUID, CLIENT_HW_ADDRESS, CLIENT_ID_IAID,
                CLIENT_ID_DUID_TYPE, CLIENT_ID_LLT_HW_TYPE, CLIENT_ID_LL_HW_TYPE, CLIENT_ID_TIME, CLIENT_ID_LINK_LAYER,
                CLIENT_ID_ENTERPRISE, CLIENT_ID_IDENTIFIER,
                CLIENT_ID_TYPE,
                CLIENT_ID_UNDEF, FQDN_FLAGS, FQDN_MBZ, FQDN_N, FQDN_E, FQDN_O, FQDN_S, FQDN_RCODE1, FQDN_RCODE2,
                FQDN_NAME, O82_SUBOPTION, SUBOPTION_LENGTH, O82_VALUE, O82_CIRCUIT_ID, O82_REMOTE_ID, O82_RESERVED,
                O82_DOCSIS_CLASS, O82_LINK_SELECTION, O82_SUBSCRIBER_ID, O82_RADIUS, O82_AUTHENTICATION, O82_FLAGS,
                O82_SERVER_ID_OVERRIDE, O82_RELAY_AGENT_ID, O82_VI_ENTERPRISE, O82_VI_DATA_LENGTH, O82_VRF_GLOBAL,
                O82_VRF_NAME, O82_VRF_OUI, O82_VRF_INDEX, O82_LINK_SELECTION_CISCO, O82_SERVER_ID_OVERRIDE_CISCO,
                CLIENT_ARCH, SEARCH_RFC3396, SEARCH_REFER_LAST, SEARCH_FQDN, CLASSLESS_ROUTE, POLICY_FILTER_IP,
                POLICY_FILTER_MASK, STATIC_ROUTE_IP, STATIC_ROUTE_ROUTER, VENDOR_VALUE, USER_CLASS, USER_CLASS_LENGTH,
                USER_CLASS_DATA, USER_CLASS_TEXT, NETWORK_ID_MAJOR, NETWORK_ID_MINOR, SIP_RFC3396, SIP_REFER_LAST,
                SIP_ENCODING, SIP_NAME, SIP_ADDRESS, CAPTIVE_PORTAL, CIVIC_WHAT, CIVIC_COUNTRY, CIVIC_CA_TYPE,
                CIVIC_CA_LENGTH, CIVIC_CA_VALUE, SLP_DA_VALUE, SLP_DA_ADDRESS, SLP_SCOPE_VALUE, SLP_SCOPE_STRING,
                NAME_SERVICE, FORCERENEW_ALGORITHM, PANA_AGENT, LEASEQUERY_STATUS, LEASEQUERY_STATUS_MESSAGE,
                LEASEQUERY_BASE_TIME, LEASEQUERY_QUERY_START, LEASEQUERY_QUERY_END,
                PORTPARAMS_OFFSET, PORTPARAMS_PSID_LENGTH, PORTPARAMS_PSID, VI_CLASS_ADDRESS_MODE, VI_CLASS_ENTERPRISE, VI_CLASS_LENGTH, VI_CLASS_DATA));
        for (Basic b : BASIC_LIST) {
            all.add(b.field());
        }
        return all.toArray(FieldDef[]::new);
    }
}
