#!/bin/sh
# Rebuilds this folder: the synthetic captures (make.py), then every expected output with the local tcpdump 4.99.3,
# as the shared suite's were made: env -i PATH=... TZ=GMT0 tcpdump -r CAPTURE ARGS > EXPECTED.
# dns-badcookie.pcap, the lldp*.pcap but lldp.pcap and the STP ones (802.1D_spanning_tree, 802.1w_rapid_STP,
# MSTP_Intra-Region_BPDUs, spb_bpduv4, stp-heapoverflow-1 to 4, stp-v4-length-sigsegv, rpvstp-trunk-native-vid5) and
# the LAN ones (LACP, DTP, UDLD, udld-inf-loop-1, loopback) and the IGMP ones (IGMP_V1, IGMP_V2, igmpv3-queries,
# mtrace, mrinfo_query, hoobr_pimv1) are tcpdump 4.99.3's tests/ captures, copied unchanged
# (not rebuilt here); lldp.pcap, lldp-med.pcap and lldp-dcbx.pcap are ../lldp's; stp.pcap and rpvstp-stp.pcap are
# stp.py's; slow.pcap, cisco-lan.pcap and lan-cut.pcap are lan.py's; igmp.pcap and igmp-dvmrp-pim.pcap are ../igmp's.
set -eu
cd "$(dirname "$0")"
python3 make.py
python3 stp.py
python3 lan.py
python3 arphrd.py
python3 atmarp.py
# CDP's crafted capture (../cdp, made for the tshark side) is also print-cdp.c's test here
cp ../cdp/cdp.pcap captures/cdp.pcap
. ../tcpdump-cases.sh
add dns-badcookie dns-badcookie.pcap "-# -n" upstream:dns-badcookie
# tcpdump 4.99.3's LLDP tests (tests/TESTLIST; its harness adds -# -n), their captures copied unchanged
add lldp_cdp-ev LLDP_and_CDP.pcap "-# -n -e -v" upstream:lldp_cdp-ev
add lldp_mud-v lldp_mudurl.pcap "-# -n -e -v" upstream:lldp_mud-v
add lldp_mud-vv lldp_mudurl.pcap "-# -n -e -vv" upstream:lldp_mud-vv
add lldp_8021_linkagg-v lldp_8021_linkagg.pcap "-# -n -v" upstream:lldp_8021_linkagg-v
add lldp_8021_linkagg-vv lldp_8021_linkagg.pcap "-# -n -vv" upstream:lldp_8021_linkagg-vv
add lldp-infinite-loop-1 lldp-infinite-loop-1.pcap "-# -n -vvv -e" upstream:lldp-infinite-loop-1
add lldp-infinite-loop-2 lldp-infinite-loop-2.pcap "-# -n -vvv -e" upstream:lldp-infinite-loop-2
add lldp_asan lldp_asan.pcap "-# -n -v" upstream:lldp_asan
add lldp_mgmt_addr_tlv_asan lldp_mgmt_addr_tlv_asan.pcap "-# -n -v" upstream:lldp_mgmt_addr_tlv_asan
add lldp_8023_mtu-oobr lldp_8023_mtu-oobr.pcap "-# -n -v" upstream:lldp_8023_mtu-oobr
add lldp-app-priority lldp-app-priority.pcap "-# -n -v" upstream:lldp-app-priority
# tcpdump 4.99.3's STP tests (tests/TESTLIST; its harness adds -# -n), their captures copied unchanged. Not its
# spb (spb.pcap: IS-IS SPB, not STP, and IS-IS is not ported)
add spb_bpduv4 spb_bpduv4.pcap "-# -n" upstream:spb_bpduv4
add spb_bpduv4-v spb_bpduv4.pcap "-# -n -v" upstream:spb_bpduv4-v
add mstp-v MSTP_Intra-Region_BPDUs.pcap "-# -n -v" upstream:mstp-v
add stp-v 802.1D_spanning_tree.pcap "-# -n -v" upstream:stp-v
add rstp-v 802.1w_rapid_STP.pcap "-# -n -v" upstream:rstp-v
add stp-heapoverflow-1 stp-heapoverflow-1.pcap "-# -n -v" upstream:stp-heapoverflow-1
add stp-heapoverflow-2 stp-heapoverflow-2.pcap "-# -n -v" upstream:stp-heapoverflow-2
add stp-heapoverflow-3 stp-heapoverflow-3.pcap "-# -n -v" upstream:stp-heapoverflow-3
add stp-heapoverflow-4 stp-heapoverflow-4.pcap "-# -n -v" upstream:stp-heapoverflow-4
add stp-v4-length-sigsegv stp-v4-length-sigsegv.pcap "-# -n" upstream:stp-v4-length-sigsegv
# tcpdump 4.99.3's tests of the Slow Protocols, Loopback (CTP), UDLD, DTP and VTP printers, their captures copied
# unchanged; rpvst-v mixes DTP, VTP and Loopback frames with the PVST+ ones. Not its vtp_asan, vtp_asan-2 and
# vtp_asan-3: FRF.16 captures (link type 182), a link type not ported
add rpvst-v rpvstp-trunk-native-vid5.pcap "-# -n -v" upstream:rpvst-v
add loopback loopback.pcap "-# -n" upstream:loopback
add dtp-v DTP.pcap "-# -n -v" upstream:dtp-v
add lacp-ev LACP.pcap "-# -n -e -v" upstream:lacp-ev
add udld-v UDLD.pcap "-# -n -v" upstream:udld-v
add udld-inf-loop-1-v udld-inf-loop-1.pcapng "-# -n -v" upstream:udld-inf-loop-1-v
# lan.py's records cut at many offsets: three flag sets only (no -v, -v, -vv)
add lan-cut--nn lan-cut.pcap "-nn" cut
add lan-cut--nn-v lan-cut.pcap "-nn -v" cut
add lan-cut--nn-vv lan-cut.pcap "-nn -vv" cut
# tcpdump 4.99.3's IGMP tests (print-igmp.c, with DVMRP and PIM v1 inside IGMP), captures copied unchanged
add igmpv1 IGMP_V1.pcap "-# -n" upstream:igmpv1
add igmpv2 IGMP_V2.pcap "-# -n" upstream:igmpv2
add igmpv3-queries igmpv3-queries.pcap "-# -n" upstream:igmpv3-queries
add mtrace mtrace.pcap "-# -n" upstream:mtrace
add dvmrp mrinfo_query.pcap "-# -n" upstream:dvmrp
add hoobr_pimv1 hoobr_pimv1.pcap "-# -n" upstream:hoobr_pimv1
# ../igmp's crafted captures (igmp.pcap made for both sides, igmp-dvmrp-pim.pcap for this one), copied here
cp ../igmp/igmp.pcap ../igmp/igmp-dvmrp-pim.pcap captures/
# ../lldp's crafted capture, copied here
cp ../lldp/lldp.pcap ../lldp/lldp-med.pcap ../lldp/lldp-dcbx.pcap captures/
variants arp-hardware.pcap atm-arp.pcap dns-badcookie.pcap llc.pcap loop.pcap null.pcap sll-llc.pcap sll-vlan.pcap sll2.pcap cdp.pcap \
         lldp.pcap lldp-med.pcap lldp-dcbx.pcap \
         lldp-app-priority.pcap lldp-infinite-loop-1.pcap lldp-infinite-loop-2.pcap lldp_8021_linkagg.pcap \
         lldp_8023_mtu-oobr.pcap lldp_asan.pcap lldp_mgmt_addr_tlv_asan.pcap lldp_mudurl.pcap LLDP_and_CDP.pcap \
         stp.pcap rpvstp-stp.pcap 802.1D_spanning_tree.pcap 802.1w_rapid_STP.pcap MSTP_Intra-Region_BPDUs.pcap \
         spb_bpduv4.pcap stp-heapoverflow-1.pcap stp-heapoverflow-2.pcap stp-heapoverflow-3.pcap \
         stp-heapoverflow-4.pcap stp-v4-length-sigsegv.pcap \
         slow.pcap cisco-lan.pcap LACP.pcap DTP.pcap UDLD.pcap udld-inf-loop-1.pcapng loopback.pcap \
         rpvstp-trunk-native-vid5.pcap \
         igmp.pcap igmp-dvmrp-pim.pcap IGMP_V1.pcap IGMP_V2.pcap igmpv3-queries.pcap mtrace.pcap mrinfo_query.pcap \
         hoobr_pimv1.pcap
