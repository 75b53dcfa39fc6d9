#!/bin/sh
# Rebuilds this folder: the synthetic captures (make.py), then every expected output with the local tcpdump 4.99.3,
# as the shared suite's were made: env -i PATH=... TZ=GMT0 tcpdump -r CAPTURE ARGS > EXPECTED.
# dns-badcookie.pcap and the lldp*.pcap but lldp.pcap are tcpdump 4.99.3's tests/ captures, copied unchanged (not
# rebuilt here); lldp.pcap, lldp-med.pcap and lldp-dcbx.pcap are ../lldp's.
set -eu
cd "$(dirname "$0")"
python3 make.py
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
variants dns-badcookie.pcap llc.pcap loop.pcap null.pcap sll-llc.pcap sll-vlan.pcap sll2.pcap cdp.pcap \
         lldp.pcap lldp-med.pcap lldp-dcbx.pcap \
         lldp-app-priority.pcap lldp-infinite-loop-1.pcap lldp-infinite-loop-2.pcap lldp_8021_linkagg.pcap \
         lldp_8023_mtu-oobr.pcap lldp_asan.pcap lldp_mgmt_addr_tlv_asan.pcap lldp_mudurl.pcap LLDP_and_CDP.pcap \
         igmp.pcap igmp-dvmrp-pim.pcap IGMP_V1.pcap IGMP_V2.pcap igmpv3-queries.pcap mtrace.pcap mrinfo_query.pcap \
         hoobr_pimv1.pcap
