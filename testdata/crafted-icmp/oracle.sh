#!/bin/sh
# The tshark 4.0.17 oracles of icmp.pcap, icmp-quoted.pcap (run here after `python3 make.py`), quoted-udp.pcap and
# v4cut.pcap.
set -e
export TZ=UTC
sh ../crafted-oracle.sh icmp.pcap
# quoted TCP, a bare quoted UDP header, a cut echo (once known differences): IcmpQuotedOracleTest
sh ../crafted-oracle.sh icmp-quoted.pcap
# DNS and syslog quoted by ICMP and ICMPv6 errors, DNS cut short (python3 quoted-udp.py): IcmpQuotedOracleTest
sh ../crafted-oracle.sh quoted-udp.pcap
# IPv4, UDP and TCP cut short or odd (python3 v4cut.py): IcmpQuotedOracleTest
sh ../crafted-oracle.sh v4cut.pcap
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
