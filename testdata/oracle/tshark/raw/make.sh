#!/bin/sh
# tshark 4.0.17's -T json -x ("_raw" members) of captures under testdata/, gzipped, named by their path with '/'
# as '_'; read by JsonRawOracleTest. Run from this folder: sh make.sh
set -e
for c in captures/seed-rst.pcap captures/http-basic.pcap captures/dns-http.pcap captures/icmp-arp.pcap \
         captures/udp-misc.pcap captures/ipv6-http.pcap captures/http-chunked.pcap captures/tcp-resets.pcap \
         captures/http-pipelined.pcap arp/arp.pcap sll/sll.pcap tcpdump-link/captures/sll-vlan.pcap \
         ipv6-routing/mipv6.pcap http-gzip/gzip.pcap crafted-tcp/binary-body.pcap \
         crafted-icmp/icmp.pcap ipv6-routing/trailer.pcap ipv6-frag/ipv6-frag.pcap crafted-ipv6/eth.pcap \
         crafted-ipv6/null.pcap tcpdump-link/captures/null.pcap crafted-ipv6/quoted.pcap crafted-icmp/icmp-quoted.pcap \
         llc/llc.pcap tcpdump-link/captures/llc.pcap tcpdump-link/captures/sll-llc.pcap crafted-tcp/short-segment.pcap \
         http-multipart/multipart.pcap crafted-ipv6/ext-headers.pcap llc/stp.pcap crafted-dns/dns.pcap ntp/ntp.pcap \
         cdp/cdp.pcap tcpdump-udp/captures/ntp.pcap tcpdump-udp/captures/ntp-time.pcap \
         vxlan/vxlan.pcap tcpdump-udp/captures/vxlan.pcap \
         syslog/syslog.pcap tcpdump-udp/captures/syslog_udp.pcap dhcp/dhcp.pcap \
         tcpdump-udp/captures/dhcp-rfc3004.pcap tcpdump-udp/captures/dhcp-rfc4388.pcap \
         tcpdump-udp/captures/dhcp-rfc5859.pcap tcpdump-udp/captures/dhcp-mud.pcap tcpdump-udp/captures/bootp_asan.pcap \
         tcpdump-udp/captures/bootp_asan-2.pcap tcpdump-udp/captures/QinQpacket.pcap \
         lldp/lldp.pcap tcpdump-link/captures/lldp-app-priority.pcap tcpdump-link/captures/lldp-infinite-loop-1.pcap \
         tcpdump-link/captures/lldp-infinite-loop-2.pcap tcpdump-link/captures/lldp_8021_linkagg.pcap \
         tcpdump-link/captures/lldp_8023_mtu-oobr.pcap tcpdump-link/captures/lldp_asan.pcap \
         tcpdump-link/captures/lldp_mudurl.pcap tcpdump-link/captures/LLDP_and_CDP.pcap slow/slow.pcap \
         cdp/cdp-end.pcap cisco-l2/cisco-l2.pcap llc/mstp.pcap lldp/lldp-med.pcap llc/bpdu.pcap llc/cut.pcap \
         cisco-l2/cisco-lan.pcap igmp/igmp.pcap tls/tls-crafted.pcap \
         crafted-ipv6/options.pcap icmpv6-nd/redirect.pcap crafted-icmp/quoted-udp.pcap \
         tcpdump-link/captures/stp.pcap icmpv6-nd/nodeinfo.pcap crafted-ipv6/cut.pcap \
         crafted-icmp/v4cut.pcap; do
  TZ=UTC tshark -n -r "../../../$c" -T json -x | gzip -9n > "$(echo "$c" | tr / _).json.gz"
done
# tcpdump's own test captures (tcpdump-suite/captures) listed in suite.txt: those whose every layer jdissect
# dissects as tshark does (the others hold protocols outside the issues)
mkdir -p suite
while read -r c; do
  TZ=UTC tshark -n -r "../../../tcpdump-suite/captures/$c" -T json -x | gzip -9n > "suite/$c.json.gz"
done < suite.txt
