#!/bin/sh
# Builds snaplen.pcap: HTTP as a capture with a small snapshot length (tcpdump -s N) leaves it, for tshark 4.0.17's
# handling of TCP segments and HTTP messages cut short. Needs python3, editcap and mergecap (Wireshark's tools).
#   1. ../captures/http-basic.pcap and ../captures/http-chunked.pcap cut at 68, 80, 96 and 128 bytes;
#   2. cases.py's crafted segments to port 80 cut after 1, 2, 3 and 5 payload bytes (a leading CR LF, text that is
#      no HTTP) and whole;
#   3. ../captures/udp-misc.pcap cut at 68 (DNS over TCP with only its length captured, a UDP header quoted by an
#      ICMP error cut inside), ../captures/tcp-loss.pcap's frames 260-300 cut at 96 (binary continuation data);
#   4. one GET request (http-basic's frame 11) again at every length from 60 to 138 bytes, each copy from its own
#      source port (../../scripts/differential/sweep.py with NEWFLOWS=1), so every copy is a new connection.
set -eu
cd "$(dirname "$0")"
t=$(mktemp -d)
for c in http-basic http-chunked; do
  for s in 68 80 96 128; do editcap -F pcap -s $s ../captures/$c.pcap $t/$c-$s.pcap; done
done
python3 cases.py $t/cases.pcap
editcap -F pcap -s 68 ../captures/udp-misc.pcap $t/udp-misc-68.pcap
editcap -F pcap -s 96 -r ../captures/tcp-loss.pcap $t/tcp-loss-96.pcap 260-300
editcap -F pcap -r ../captures/http-basic.pcap $t/get.pcap 11
NEWFLOWS=1 python3 ../../scripts/differential/sweep.py $t/get.pcap 60
mergecap -F pcap -a -w snaplen.pcap $t/http-basic-68.pcap $t/http-basic-80.pcap $t/http-basic-96.pcap \
  $t/http-basic-128.pcap $t/http-chunked-68.pcap $t/http-chunked-80.pcap $t/http-chunked-96.pcap \
  $t/http-chunked-128.pcap $t/cases.pcap $t/udp-misc-68.pcap $t/tcp-loss-96.pcap $t/get.pcap.sweep
rm -r $t
