package org.jdissect.output.tcpdump;

import java.util.HashMap;
import java.util.Map;

/**
 * The name tables tcpdump 4.99.3 prints from, shipped so that output never depends on the host or the network:
 * TCP and UDP port names (tcpdump reads them with getservent(); this is Debian netbase's /etc/services, first entry
 * per port and protocol, as tcpdump keeps it), its ethertype, IP protocol and OUI tables (print-ether.c, ipproto.c, oui.c).
 */
final class Names {
    private Names() {
    }

    private static final Map<Integer, String> TCP_PORTS = new HashMap<>();
    private static final Map<Integer, String> ETHERTYPES = new HashMap<>();
    private static final Map<Integer, String> IPPROTO = new HashMap<>();
    private static final Map<Integer, String> OUI = new HashMap<>();
    private static final String[] NETDB_PROTO = {
        "hopopt", "icmp", "igmp", "ggp", "ipencap", "st", "tcp", "cbt", "egp", "igp", "bbn-rcc-mon", "nvp-ii", "pup",
        "argus", "emcon", "xnet", "chaos", "udp", "mux", "dcn-meas", "hmp", "prm", "xns-idp", "trunk-1", "trunk-2",
        "leaf-1", "leaf-2", "rdp", "irtp", "iso-tp4", "netblt", "mfe-nsp", "merit-inp", "dccp", "3pc", "idpr", "xtp",
        "ddp", "idpr-cmtp", "tp++", "il", "ipv6", "sdrp", "ipv6-route", "ipv6-frag", "idrp", "rsvp", "gre", "dsr",
        "bna", "esp", "ah", "i-nlsp", "swipe", "narp", "mobile", "tlsp", "skip", "ipv6-icmp", "ipv6-nonxt",
        "ipv6-opts", null, "cftp", null, "sat-expak", "kryptolan", "rvd", "ippc", null, "sat-mon", "visa", "ipcv",
        "cpnx", "rspf", "wsn", "pvp", "br-sat-mon", "sun-nd", "wb-mon", "wb-expak", "iso-ip", "vmtp", "secure-vmtp",
        "vines", "ttp", "nsfnet-igp", "dgp", "tcf", "eigrp", "ospf", "sprite-rpc", "larp", "mtp", "ax.25", "ipip",
        "micp", "scc-sp", "etherip", "encap", null, "gmtp", "ifmp", "pnni", "pim", "aris", "scps", "qnx", "a/n",
        "ipcomp", "snp", "compaq-peer", "ipx-in-ip", "vrrp", "pgm", null, "l2tp", "ddx", "iatp", "stp", "srp", "uti",
        "smp", "sm", "ptp", "isis", "fire", "crtp", "crudp", "sscopmce", "iplt", "sps", "pipe", "sctp", "fc",
        "rsvp-e2e-ignore", "mobility-header", "udplite", "mpls-in-ip", "manet", "hip", "shim6", "wesp", "rohc", null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, "exptest-253", "exptest-254", "reserved"
    };

    static {
        TCP_PORTS.put(1, "tcpmux");
        TCP_PORTS.put(7, "echo");
        TCP_PORTS.put(9, "discard");
        TCP_PORTS.put(11, "systat");
        TCP_PORTS.put(13, "daytime");
        TCP_PORTS.put(15, "netstat");
        TCP_PORTS.put(17, "qotd");
        TCP_PORTS.put(19, "chargen");
        TCP_PORTS.put(20, "ftp-data");
        TCP_PORTS.put(21, "ftp");
        TCP_PORTS.put(22, "ssh");
        TCP_PORTS.put(23, "telnet");
        TCP_PORTS.put(25, "smtp");
        TCP_PORTS.put(37, "time");
        TCP_PORTS.put(43, "whois");
        TCP_PORTS.put(49, "tacacs");
        TCP_PORTS.put(53, "domain");
        TCP_PORTS.put(70, "gopher");
        TCP_PORTS.put(79, "finger");
        TCP_PORTS.put(80, "http");
        TCP_PORTS.put(88, "kerberos");
        TCP_PORTS.put(102, "iso-tsap");
        TCP_PORTS.put(104, "acr-nema");
        TCP_PORTS.put(110, "pop3");
        TCP_PORTS.put(111, "sunrpc");
        TCP_PORTS.put(113, "auth");
        TCP_PORTS.put(119, "nntp");
        TCP_PORTS.put(135, "epmap");
        TCP_PORTS.put(139, "netbios-ssn");
        TCP_PORTS.put(143, "imap2");
        TCP_PORTS.put(161, "snmp");
        TCP_PORTS.put(162, "snmp-trap");
        TCP_PORTS.put(163, "cmip-man");
        TCP_PORTS.put(164, "cmip-agent");
        TCP_PORTS.put(174, "mailq");
        TCP_PORTS.put(179, "bgp");
        TCP_PORTS.put(199, "smux");
        TCP_PORTS.put(209, "qmtp");
        TCP_PORTS.put(210, "z3950");
        TCP_PORTS.put(345, "pawserv");
        TCP_PORTS.put(346, "zserv");
        TCP_PORTS.put(369, "rpc2portmap");
        TCP_PORTS.put(370, "codaauth2");
        TCP_PORTS.put(389, "ldap");
        TCP_PORTS.put(427, "svrloc");
        TCP_PORTS.put(443, "https");
        TCP_PORTS.put(444, "snpp");
        TCP_PORTS.put(445, "microsoft-ds");
        TCP_PORTS.put(464, "kpasswd");
        TCP_PORTS.put(465, "submissions");
        TCP_PORTS.put(487, "saft");
        TCP_PORTS.put(554, "rtsp");
        TCP_PORTS.put(607, "nqs");
        TCP_PORTS.put(628, "qmqp");
        TCP_PORTS.put(631, "ipp");
        TCP_PORTS.put(646, "ldp");
        TCP_PORTS.put(512, "exec");
        TCP_PORTS.put(513, "login");
        TCP_PORTS.put(514, "shell");
        TCP_PORTS.put(515, "printer");
        TCP_PORTS.put(538, "gdomap");
        TCP_PORTS.put(540, "uucp");
        TCP_PORTS.put(543, "klogin");
        TCP_PORTS.put(544, "kshell");
        TCP_PORTS.put(548, "afpovertcp");
        TCP_PORTS.put(563, "nntps");
        TCP_PORTS.put(587, "submission");
        TCP_PORTS.put(636, "ldaps");
        TCP_PORTS.put(655, "tinc");
        TCP_PORTS.put(706, "silc");
        TCP_PORTS.put(749, "kerberos-adm");
        TCP_PORTS.put(853, "domain-s");
        TCP_PORTS.put(873, "rsync");
        TCP_PORTS.put(989, "ftps-data");
        TCP_PORTS.put(990, "ftps");
        TCP_PORTS.put(992, "telnets");
        TCP_PORTS.put(993, "imaps");
        TCP_PORTS.put(995, "pop3s");
        TCP_PORTS.put(1080, "socks");
        TCP_PORTS.put(1093, "proofd");
        TCP_PORTS.put(1094, "rootd");
        TCP_PORTS.put(1194, "openvpn");
        TCP_PORTS.put(1099, "rmiregistry");
        TCP_PORTS.put(1352, "lotusnote");
        TCP_PORTS.put(1433, "ms-sql-s");
        TCP_PORTS.put(1524, "ingreslock");
        TCP_PORTS.put(1645, "datametrics");
        TCP_PORTS.put(1646, "sa-msg-port");
        TCP_PORTS.put(1649, "kermit");
        TCP_PORTS.put(1677, "groupwise");
        TCP_PORTS.put(1812, "radius");
        TCP_PORTS.put(1813, "radius-acct");
        TCP_PORTS.put(2000, "cisco-sccp");
        TCP_PORTS.put(2049, "nfs");
        TCP_PORTS.put(2086, "gnunet");
        TCP_PORTS.put(2101, "rtcm-sc104");
        TCP_PORTS.put(2119, "gsigatekeeper");
        TCP_PORTS.put(2135, "gris");
        TCP_PORTS.put(2401, "cvspserver");
        TCP_PORTS.put(2430, "venus");
        TCP_PORTS.put(2431, "venus-se");
        TCP_PORTS.put(2432, "codasrv");
        TCP_PORTS.put(2433, "codasrv-se");
        TCP_PORTS.put(2583, "mon");
        TCP_PORTS.put(2628, "dict");
        TCP_PORTS.put(2792, "f5-globalsite");
        TCP_PORTS.put(2811, "gsiftp");
        TCP_PORTS.put(2947, "gpsd");
        TCP_PORTS.put(3050, "gds-db");
        TCP_PORTS.put(3205, "isns");
        TCP_PORTS.put(3260, "iscsi-target");
        TCP_PORTS.put(3306, "mysql");
        TCP_PORTS.put(3389, "ms-wbt-server");
        TCP_PORTS.put(3493, "nut");
        TCP_PORTS.put(3632, "distcc");
        TCP_PORTS.put(3689, "daap");
        TCP_PORTS.put(3690, "svn");
        TCP_PORTS.put(4031, "suucp");
        TCP_PORTS.put(4094, "sysrqd");
        TCP_PORTS.put(4190, "sieve");
        TCP_PORTS.put(4369, "epmd");
        TCP_PORTS.put(4373, "remctl");
        TCP_PORTS.put(4353, "f5-iquery");
        TCP_PORTS.put(4460, "ntske");
        TCP_PORTS.put(4691, "mtn");
        TCP_PORTS.put(4899, "radmin-port");
        TCP_PORTS.put(5060, "sip");
        TCP_PORTS.put(5061, "sip-tls");
        TCP_PORTS.put(5222, "xmpp-client");
        TCP_PORTS.put(5269, "xmpp-server");
        TCP_PORTS.put(5308, "cfengine");
        TCP_PORTS.put(5432, "postgresql");
        TCP_PORTS.put(5556, "freeciv");
        TCP_PORTS.put(5671, "amqps");
        TCP_PORTS.put(5672, "amqp");
        TCP_PORTS.put(6000, "x11");
        TCP_PORTS.put(6001, "x11-1");
        TCP_PORTS.put(6002, "x11-2");
        TCP_PORTS.put(6003, "x11-3");
        TCP_PORTS.put(6004, "x11-4");
        TCP_PORTS.put(6005, "x11-5");
        TCP_PORTS.put(6006, "x11-6");
        TCP_PORTS.put(6007, "x11-7");
        TCP_PORTS.put(6346, "gnutella-svc");
        TCP_PORTS.put(6347, "gnutella-rtr");
        TCP_PORTS.put(6379, "redis");
        TCP_PORTS.put(6444, "sge-qmaster");
        TCP_PORTS.put(6445, "sge-execd");
        TCP_PORTS.put(6446, "mysql-proxy");
        TCP_PORTS.put(6697, "ircs-u");
        TCP_PORTS.put(7000, "bbs");
        TCP_PORTS.put(7100, "font-service");
        TCP_PORTS.put(8080, "http-alt");
        TCP_PORTS.put(8140, "puppet");
        TCP_PORTS.put(9101, "bacula-dir");
        TCP_PORTS.put(9102, "bacula-fd");
        TCP_PORTS.put(9103, "bacula-sd");
        TCP_PORTS.put(9667, "xmms2");
        TCP_PORTS.put(10809, "nbd");
        TCP_PORTS.put(10050, "zabbix-agent");
        TCP_PORTS.put(10051, "zabbix-trapper");
        TCP_PORTS.put(10080, "amanda");
        TCP_PORTS.put(11112, "dicom");
        TCP_PORTS.put(11371, "hkp");
        TCP_PORTS.put(17500, "db-lsp");
        TCP_PORTS.put(22125, "dcap");
        TCP_PORTS.put(22128, "gsidcap");
        TCP_PORTS.put(22273, "wnn6");
        TCP_PORTS.put(750, "kerberos4");
        TCP_PORTS.put(751, "kerberos-master");
        TCP_PORTS.put(754, "krb-prop");
        TCP_PORTS.put(2121, "iprop");
        TCP_PORTS.put(871, "supfilesrv");
        TCP_PORTS.put(1127, "supfiledbg");
        TCP_PORTS.put(106, "poppassd");
        TCP_PORTS.put(775, "moira-db");
        TCP_PORTS.put(777, "moira-update");
        TCP_PORTS.put(783, "spamd");
        TCP_PORTS.put(1178, "skkserv");
        TCP_PORTS.put(1236, "rmtcfg");
        TCP_PORTS.put(1313, "xtel");
        TCP_PORTS.put(1314, "xtelw");
        TCP_PORTS.put(2600, "zebrasrv");
        TCP_PORTS.put(2601, "zebra");
        TCP_PORTS.put(2602, "ripd");
        TCP_PORTS.put(2603, "ripngd");
        TCP_PORTS.put(2604, "ospfd");
        TCP_PORTS.put(2605, "bgpd");
        TCP_PORTS.put(2606, "ospf6d");
        TCP_PORTS.put(2607, "ospfapi");
        TCP_PORTS.put(2608, "isisd");
        TCP_PORTS.put(4557, "fax");
        TCP_PORTS.put(4559, "hylafax");
        TCP_PORTS.put(4949, "munin");
        TCP_PORTS.put(5666, "nrpe");
        TCP_PORTS.put(5667, "nsca");
        TCP_PORTS.put(5680, "canna");
        TCP_PORTS.put(6514, "syslog-tls");
        TCP_PORTS.put(6566, "sane-port");
        TCP_PORTS.put(6667, "ircd");
        TCP_PORTS.put(8021, "zope-ftp");
        TCP_PORTS.put(8081, "tproxy");
        TCP_PORTS.put(8088, "omniorb");
        TCP_PORTS.put(8990, "clc-build-daemon");
        TCP_PORTS.put(9098, "xinetd");
        TCP_PORTS.put(9418, "git");
        TCP_PORTS.put(9673, "zope");
        TCP_PORTS.put(10000, "webmin");
        TCP_PORTS.put(10081, "kamanda");
        TCP_PORTS.put(10082, "amandaidx");
        TCP_PORTS.put(10083, "amidxtape");
        TCP_PORTS.put(17004, "sgi-cad");
        TCP_PORTS.put(24554, "binkp");
        TCP_PORTS.put(27374, "asp");
        TCP_PORTS.put(30865, "csync2");
        TCP_PORTS.put(57000, "dircproxy");
        TCP_PORTS.put(60177, "tfido");
        TCP_PORTS.put(60179, "fido");
        ETHERTYPES.putIfAbsent(0x0800, "IPv4");
        ETHERTYPES.putIfAbsent(0x8847, "MPLS unicast");
        ETHERTYPES.putIfAbsent(0x8848, "MPLS multicast");
        ETHERTYPES.putIfAbsent(0x86dd, "IPv6");
        ETHERTYPES.putIfAbsent(0x8100, "802.1Q");
        ETHERTYPES.putIfAbsent(0x9100, "802.1Q-9100");
        ETHERTYPES.putIfAbsent(0x88a8, "802.1Q-QinQ");
        ETHERTYPES.putIfAbsent(0x9200, "802.1Q-9200");
        ETHERTYPES.putIfAbsent(0x9100, "802.1Q-9100");
        ETHERTYPES.putIfAbsent(0x9200, "802.1Q-9200");
        ETHERTYPES.putIfAbsent(0x88e5, "802.1AE MACsec");
        ETHERTYPES.putIfAbsent(0x9100, "VMAN");
        ETHERTYPES.putIfAbsent(0x0200, "PUP");
        ETHERTYPES.putIfAbsent(0x0806, "ARP");
        ETHERTYPES.putIfAbsent(0x8035, "Reverse ARP");
        ETHERTYPES.putIfAbsent(0x0600, "NS");
        ETHERTYPES.putIfAbsent(0x0500, "Sprite");
        ETHERTYPES.putIfAbsent(0x1000, "Trail");
        ETHERTYPES.putIfAbsent(0x6001, "MOP DL");
        ETHERTYPES.putIfAbsent(0x6002, "MOP RC");
        ETHERTYPES.putIfAbsent(0x6003, "DN");
        ETHERTYPES.putIfAbsent(0x6004, "LAT");
        ETHERTYPES.putIfAbsent(0x6007, "SCA");
        ETHERTYPES.putIfAbsent(0x6558, "TEB");
        ETHERTYPES.putIfAbsent(0x8038, "Lanbridge");
        ETHERTYPES.putIfAbsent(0x803c, "DEC DNS");
        ETHERTYPES.putIfAbsent(0x803e, "DEC DTS");
        ETHERTYPES.putIfAbsent(0x805b, "VEXP");
        ETHERTYPES.putIfAbsent(0x805c, "VPROD");
        ETHERTYPES.putIfAbsent(0x809b, "Appletalk");
        ETHERTYPES.putIfAbsent(0x80f3, "Appletalk ARP");
        ETHERTYPES.putIfAbsent(0x8137, "IPX");
        ETHERTYPES.putIfAbsent(0x880b, "PPP");
        ETHERTYPES.putIfAbsent(0x8808, "MPCP");
        ETHERTYPES.putIfAbsent(0x8809, "Slow Protocols");
        ETHERTYPES.putIfAbsent(0x8863, "PPPoE D");
        ETHERTYPES.putIfAbsent(0x8864, "PPPoE S");
        ETHERTYPES.putIfAbsent(0x888e, "EAPOL");
        ETHERTYPES.putIfAbsent(0x8899, "Realtek protocols");
        ETHERTYPES.putIfAbsent(0x886f, "MS NLB heartbeat");
        ETHERTYPES.putIfAbsent(0x8870, "Jumbo");
        ETHERTYPES.putIfAbsent(0x894F, "NSH");
        ETHERTYPES.putIfAbsent(0x9000, "Loopback");
        ETHERTYPES.putIfAbsent(0xfefe, "OSI");
        ETHERTYPES.putIfAbsent(0x00FE, "GRE-OSI");
        ETHERTYPES.putIfAbsent(0xabcd, "CFM (old)");
        ETHERTYPES.putIfAbsent(0x8902, "CFM");
        ETHERTYPES.putIfAbsent(0x893a, "IEEE1905.1");
        ETHERTYPES.putIfAbsent(0x88cc, "LLDP");
        ETHERTYPES.putIfAbsent(0x88ca, "TIPC");
        ETHERTYPES.putIfAbsent(0x0707, "GeoNet (old)");
        ETHERTYPES.putIfAbsent(0x8947, "GeoNet");
        ETHERTYPES.putIfAbsent(0x1111, "CALM FAST");
        ETHERTYPES.putIfAbsent(0x88a2, "AoE");
        ETHERTYPES.putIfAbsent(0x88f7, "PTP");
        ETHERTYPES.putIfAbsent(0xd28b, "Arista Vendor Specific Protocol");
        IPPROTO.putIfAbsent(0, "Options");
        IPPROTO.putIfAbsent(1, "ICMP");
        IPPROTO.putIfAbsent(2, "IGMP");
        IPPROTO.putIfAbsent(4, "IPIP");
        IPPROTO.putIfAbsent(6, "TCP");
        IPPROTO.putIfAbsent(8, "EGP");
        IPPROTO.putIfAbsent(9, "IGRP");
        IPPROTO.putIfAbsent(17, "UDP");
        IPPROTO.putIfAbsent(33, "DCCP");
        IPPROTO.putIfAbsent(41, "IPv6");
        IPPROTO.putIfAbsent(43, "Routing");
        IPPROTO.putIfAbsent(44, "Fragment");
        IPPROTO.putIfAbsent(46, "RSVP");
        IPPROTO.putIfAbsent(47, "GRE");
        IPPROTO.putIfAbsent(50, "ESP");
        IPPROTO.putIfAbsent(51, "AH");
        IPPROTO.putIfAbsent(55, "Mobile IP");
        IPPROTO.putIfAbsent(58, "ICMPv6");
        IPPROTO.putIfAbsent(62, "Mobile IP (old)");
        IPPROTO.putIfAbsent(88, "EIGRP");
        IPPROTO.putIfAbsent(89, "OSPF");
        IPPROTO.putIfAbsent(103, "PIM");
        IPPROTO.putIfAbsent(108, "Compressed IP");
        IPPROTO.putIfAbsent(112, "VRRP");
        IPPROTO.putIfAbsent(113, "PGM");
        IPPROTO.putIfAbsent(132, "SCTP");
        IPPROTO.putIfAbsent(135, "Mobility");
        IPPROTO.putIfAbsent(143, "Ethernet");
        OUI.putIfAbsent(0x000000, "Ethernet");
        OUI.putIfAbsent(0x00000c, "Cisco");
        OUI.putIfAbsent(0x00005E, "IANA");
        OUI.putIfAbsent(0x000081, "Nortel Networks SONMP");
        OUI.putIfAbsent(0x0000f8, "Cisco bridged");
        OUI.putIfAbsent(0x0080c2, "Ethernet bridged");
        OUI.putIfAbsent(0x00A03E, "ATM Forum");
        OUI.putIfAbsent(0x00E02F, "DOCSIS Spanning Tree");
        OUI.putIfAbsent(0x080007, "Appletalk");
        OUI.putIfAbsent(0x009069, "Juniper");
        OUI.putIfAbsent(0x080009, "Hewlett-Packard");
        OUI.putIfAbsent(0x0080c2, "IEEE 802.1 Private");
        OUI.putIfAbsent(0x00120f, "IEEE 802.3 Private");
        OUI.putIfAbsent(0x0012bb, "ANSI/TIA");
        OUI.putIfAbsent(0x001B21, "DCBX");
        OUI.putIfAbsent(0x002320, "Nicira Networks");
        OUI.putIfAbsent(0x5c16c7, "Big Switch Networks");
        OUI.putIfAbsent(0xb0d2f5, "Vello Systems");
        OUI.putIfAbsent(0x002481, "HP");
        OUI.putIfAbsent(0x0004ea, "HP-Labs");
        OUI.putIfAbsent(0x748771, "Infoblox Inc");
        OUI.putIfAbsent(0xa42305, "Open Networking Lab");
        OUI.putIfAbsent(0x00049f, "Freescale");
        OUI.putIfAbsent(0x0015ad, "Netronome");
        OUI.putIfAbsent(0x001018, "Broadcom");
        OUI.putIfAbsent(0x00e004, "PMC-Sierra");
        OUI.putIfAbsent(0xd0f0db, "Ericsson");
    }

    /** tcpport_string: the service name unless {@code numeric}, else the number. */
    static String tcpPort(int port, boolean numeric) {
        String s = numeric ? null : tcpPortName(port);
        return s != null ? s : Integer.toString(port);
    }

    /**
     * The service name of a TCP port, or null. A binary search in sorted arrays rather than the map: a line without
     * -n names both ports, and looking an ephemeral port up in a {@code Map<Integer, …>} boxed it.
     */
    static String tcpPortName(int port) {
        int i = java.util.Arrays.binarySearch(TCP_PORT_KEYS, port);
        return i >= 0 ? TCP_PORT_NAMES[i] : null;
    }

    private static final int[] TCP_PORT_KEYS = new int[TCP_PORTS.size()];
    private static final String[] TCP_PORT_NAMES = new String[TCP_PORTS.size()];

    static {
        int n = 0;
        for (int port : TCP_PORTS.keySet()) {
            TCP_PORT_KEYS[n++] = port;
        }
        java.util.Arrays.sort(TCP_PORT_KEYS);
        for (int i = 0; i < n; i++) {
            TCP_PORT_NAMES[i] = TCP_PORTS.get(TCP_PORT_KEYS[i]);
        }
    }

    /** udpport_string: the service name unless {@code numeric}, else the number. */
    static String udpPort(int port, boolean numeric) {
        String s = numeric ? null : udpPortName(port);
        return s != null ? s : Integer.toString(port);
    }

    /** The service name of a UDP port, or null. */
    static String udpPortName(int port) {
        int i = java.util.Arrays.binarySearch(UDP_PORT_KEYS, port);
        return i >= 0 ? UDP_PORT_NAMES[i] : null;
    }

    /** The UDP entries of the same /etc/services, first per port, sorted by port. */
private static final int[] UDP_PORT_KEYS = {
        7, 9, 13, 19, 21, 37, 49, 53, 67, 68, 69, 88, 111, 123, 137, 138, 161, 162, 163, 164, 177, 213, 319, 320, 369,
        370, 371, 389, 427, 443, 464, 500, 512, 513, 514, 517, 518, 520, 538, 546, 547, 554, 623, 636, 646, 655, 750,
        751, 752, 779, 853, 1194, 1210, 1434, 1645, 1646, 1701, 1812, 1813, 2049, 2086, 2101, 2102, 2103, 2104, 2430,
        2431, 2432, 2433, 2583, 3130, 3205, 3493, 4500, 4569, 5060, 5061, 5353, 5555, 6346, 6347, 6696, 7000, 7001,
        7002, 7003, 7004, 7005, 7007, 7008, 7009, 17001, 17002, 17003, 27374};
    private static final String[] UDP_PORT_NAMES = {
        "echo", "discard", "daytime", "chargen", "fsp", "time", "tacacs", "domain", "bootps", "bootpc", "tftp",
        "kerberos", "sunrpc", "ntp", "netbios-ns", "netbios-dgm", "snmp", "snmp-trap", "cmip-man", "cmip-agent",
        "xdmcp", "ipx", "ptp-event", "ptp-general", "rpc2portmap", "codaauth2", "clearcase", "ldap", "svrloc", "https",
        "kpasswd", "isakmp", "biff", "who", "syslog", "talk", "ntalk", "route", "gdomap", "dhcpv6-client",
        "dhcpv6-server", "rtsp", "asf-rmcp", "ldaps", "ldp", "tinc", "kerberos4", "kerberos-master", "passwd-server",
        "moira-ureg", "domain-s", "openvpn", "predict", "ms-sql-m", "datametrics", "sa-msg-port", "l2f", "radius",
        "radius-acct", "nfs", "gnunet", "rtcm-sc104", "zephyr-srv", "zephyr-clt", "zephyr-hm", "venus", "venus-se",
        "codasrv", "codasrv-se", "mon", "icpv2", "isns", "nut", "ipsec-nat-t", "iax", "sip", "sip-tls", "mdns", "rplay",
        "gnutella-svc", "gnutella-rtr", "babel", "afs3-fileserver", "afs3-callback", "afs3-prserver", "afs3-vlserver",
        "afs3-kaserver", "afs3-volser", "afs3-bos", "afs3-update", "afs3-rmtsys", "sgi-cmsd", "sgi-crsd", "sgi-gcd",
        "asp"};

    /** tok2str(ethertype_values, ...): null when tcpdump has no name. */
    static String ethertype(int type) {
        return ETHERTYPES.get(type);
    }

    /** tok2str(ipproto_values, "unknown", p). */
    static String ipproto(int p) {
        return IPPROTO.getOrDefault(p, "unknown");
    }

    /** netdb_protoname(p): the /etc/protocols-style name, or null. */
    static String netdbProto(int p) {
        return p >= 0 && p < NETDB_PROTO.length ? NETDB_PROTO[p] : null;
    }

    /** tok2str(oui_values, "Unknown", oui). */
    static String oui(int oui) {
        return OUI.getOrDefault(oui, "Unknown");
    }
}
