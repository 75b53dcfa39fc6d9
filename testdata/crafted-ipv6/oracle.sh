#!/bin/sh
# The tshark 4.0.17 oracles of eth.pcap, null.pcap, raw.pcap and quoted.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
for c in eth.pcap null.pcap raw.pcap quoted.pcap ext-headers.pcap options.pcap cut.pcap slaac.pcap; do sh ../crafted-oracle.sh "$c"; done
for c in eth.pcap null.pcap raw.pcap quoted.pcap ext-headers.pcap options.pcap cut.pcap slaac.pcap; do tshark -n -r "$c" > "$c.summary.txt"; done
