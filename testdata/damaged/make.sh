#!/bin/sh
# Tiny captures of damaged packets, each followed by a normal one, and tshark's -V of them (the oracle of
# Layer*Test in cli). Needs text2pcap, editcap and tshark 4.0 (apt-get install tshark). Run from this directory.
set -eu
ETH="00 11 22 33 44 55 66 77 88 99 aa bb 08 00"
TCP="12 34 00 50 00 00 00 01 00 00 00 00 50 02 20 00 00 00 00 00"
NORMAL="$ETH 45 00 00 28 00 01 40 00 40 06 00 00 0a 00 00 01 0a 00 00 02 $TCP 00 00 00 00 00 00"
mk() { # name, hex of the damaged packet
  printf '0000 %s\n0000 %s\n' "$2" "$NORMAL" | text2pcap -q - "$1.pcap"
}
mk normal "$NORMAL"
mk ihl4 "$ETH 44 00 00 28 00 01 40 00 40 06 00 00 0a 00 00 01 0a 00 00 02 $TCP 00 00 00 00 00 00"
mk iplen-lt-header "$ETH 45 00 00 10 00 01 40 00 40 06 00 00 0a 00 00 01 0a 00 00 02 $TCP 00 00 00 00 00 00"
mk iplen-gt-frame "$ETH 45 00 03 e8 00 01 40 00 40 06 00 00 0a 00 00 01 0a 00 00 02 $TCP 00 00 00 00 00 00"
mk tcp-doff4 "$ETH 45 00 00 28 00 01 40 00 40 06 00 00 0a 00 00 01 0a 00 00 02 12 34 00 50 00 00 00 01 00 00 00 00 40 02 20 00 00 00 00 00 00 00 00 00 00 00"
mk ipopts "$ETH 46 00 00 2c 00 01 40 00 40 06 00 00 0a 00 00 01 0a 00 00 02 94 04 00 00 $TCP 00 00"
mk trailer "$NORMAL 11 22 33 44"
# snaplen 30: the first packet is cut inside the IPv4 header (reported 60, captured 30)
mk full "$NORMAL"
editcap -s 30 -r full.pcap snap30-a.pcap 1
editcap -r full.pcap snap30-b.pcap 2
mergecap -a -w snap30.pcap snap30-a.pcap snap30-b.pcap
editcap -s 40 -r full.pcap snap40-a.pcap 1
mergecap -a -w snap40.pcap snap40-a.pcap snap30-b.pcap
rm -f full.pcap snap30-a.pcap snap30-b.pcap snap40-a.pcap
for f in *.pcap; do TZ=UTC tshark -n -V -r "$f" > "../oracle/tshark/bad/$f.V.txt"; done
# tshark 4.0.17's default summary lines of each capture (SummaryOracleTest):
# for f in *.pcap; do TZ=UTC tshark -n -r "$f" > "$f.summary.txt"; done
