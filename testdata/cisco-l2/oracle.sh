#!/bin/sh
# The tshark 4.0.17 oracles of cisco-l2.pcap and cisco-lan.pcap (run here after `python3 make.py`; cisco-lan.pcap is
# a copy of ../tcpdump-link/captures/cisco-lan.pcap, built by ../tcpdump-link/lan.py).
set -e
cp ../tcpdump-link/captures/cisco-lan.pcap cisco-lan.pcap
sh ../crafted-oracle.sh cisco-l2.pcap
sh ../crafted-summary-filters.sh cisco-l2.pcap select
sh ../crafted-oracle.sh cisco-lan.pcap
sh ../crafted-summary-filters.sh cisco-lan.pcap
