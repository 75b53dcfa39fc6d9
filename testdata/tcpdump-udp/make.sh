#!/bin/sh
# Rebuilds this folder: the crafted captures (make.py), then every expected output with the local tcpdump 4.99.3,
# as the shared suite's were made: env -i PATH=... TZ=GMT0 tcpdump -r CAPTURE ARGS > EXPECTED.
# The upstream captures are tcpdump 4.99.3's tests/*.pcap, copied unchanged (not rebuilt here); their upstream cases
# use tests/TESTLIST's options after the "-# -n" that tests/TESTrun puts first.
set -eu
cd "$(dirname "$0")"
python3 make.py
# the IPv6 Mobility header (print-mobility.c): made for this side only
python3 mobility.py
# VXLAN's crafted capture (../vxlan, made for both sides) is also print-vxlan.c's test here
cp ../vxlan/vxlan.pcap captures/vxlan-crafted.pcap
cp ../syslog/syslog.pcap captures/syslog-crafted.pcap
# UDP quoted by ICMP and ICMPv6 errors (../crafted-icmp), and ICMPv6's redirects (a redirected UDP datagram) and Mobile
# IPv6 messages (../icmpv6-nd), IPv6 and ICMPv6 cut short (../crafted-ipv6), made for the tshark side
cp ../crafted-icmp/quoted-udp.pcap ../icmpv6-nd/redirect.pcap ../icmpv6-nd/mip6.pcap ../crafted-ipv6/cut.pcap captures/
# DNS's crafted capture (../crafted-dns: every record type, extended labels, cut and bogus messages), made for tshark
cp ../crafted-dns/dns.pcap captures/dns-crafted.pcap
# IPv4 and IPv6 fragments overlapping, repeated, too long, of two tails (../crafted-frag), made for tshark
cp ../crafted-frag/frag.pcap captures/frag-crafted.pcap
# ESP, AH and ESP through NAT on UDP 4500 (../crafted-ipsec), made for tshark
cp ../crafted-ipsec/ipsec.pcap captures/ipsec-crafted.pcap
# GRE headers of every shape (../crafted-gre), made for tshark; mutated-picks.pcap and the sweep-picks*.pcap
# are kept as they are (see README.md)
cp ../crafted-gre/gre.pcap captures/gre-crafted.pcap
# VRRP v2 and v3 (../crafted-vrrp), made for tshark
cp ../crafted-vrrp/vrrp.pcap captures/vrrp-crafted.pcap
. ../tcpdump-cases.sh
add bootp_asan bootp_asan.pcap "-# -n -v" upstream:bootp_asan
add bootp_asan-2 bootp_asan-2.pcap "-# -n -v" upstream:bootp_asan-2
add dhcp-mud dhcp-mud.pcap "-# -n -vv" upstream:dhcp-mud
add dhcp-rfc3004 dhcp-rfc3004.pcap "-# -n -v" upstream:dhcp-rfc3004
add dhcp-rfc4388 dhcp-rfc4388.pcap "-# -n -v" upstream:dhcp-rfc4388
add dhcp-rfc5859 dhcp-rfc5859.pcap "-# -n -v" upstream:dhcp-rfc5859
add ntp ntp.pcap "-# -n" upstream:ntp
add ntp-v ntp.pcap "-# -n -v" upstream:ntp-v
for c in ntp-time ntp-control ntp-mode7; do
  add "$c" "$c.pcap" "-# -n" "upstream:$c"
  add "$c--v" "$c.pcap" "-# -n -v" "upstream:$c--v"
  add "$c--vv" "$c.pcap" "-# -n -vv" "upstream:$c--vv"
  add "$c--vvv" "$c.pcap" "-# -n -vvv" "upstream:$c--vvv"
done
add qinq QinQpacket.pcap "-# -n -e" upstream:qinq
add qinqv QinQpacket.pcap "-# -n -e -v" upstream:qinqv
add vxlan vxlan.pcap "-# -n -e" upstream:vxlan
add syslog-v syslog_udp.pcap "-# -n -v" upstream:syslog-v
# without -n: UDP port and OUI names (the crafted captures hold no address this host's /etc/hosts names)
add dhcp--v dhcp.pcap "-v" names
add dhcp--vv-e dhcp.pcap "-vv -e" names
add ntp-crafted--v ntp-crafted.pcap "-v" names
# DNS printing depends on -v alone (the hex dumps are every capture's): four levels, with and without names
add dns-crafted--nn dns-crafted.pcap "-nn" crafted
add dns-crafted--nn-v dns-crafted.pcap "-nn -v" crafted
add dns-crafted--vv dns-crafted.pcap "-vv" crafted
add dns-crafted--nn-vvv-e dns-crafted.pcap "-nn -vvv -e" crafted
variants bootp_asan.pcap bootp_asan-2.pcap dhcp-mud.pcap dhcp-rfc3004.pcap dhcp-rfc4388.pcap dhcp-rfc5859.pcap \
    ntp.pcap ntp-time.pcap ntp-control.pcap ntp-mode7.pcap QinQpacket.pcap dhcp.pcap ntp-crafted.pcap \
    vxlan.pcap vxlan-crafted.pcap syslog_udp.pcap syslog-crafted.pcap quoted-udp.pcap redirect.pcap mip6.pcap \
    cut.pcap frag-crafted.pcap ipsec-crafted.pcap gre-crafted.pcap mutated-picks.pcap vrrp-crafted.pcap \
    sweep-picks.pcap sweep-picks-sll.pcap sweep-picks-ipv6.pcap mobility.pcap
