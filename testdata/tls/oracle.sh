#!/bin/sh
# The tshark 4.0.17 oracles of tls-crafted.pcap (run here after `python3 make.py`) and of tls.pcap (recorded once by
# capture.sh: real OpenSSL handshakes on the loopback interface).
set -e
sh ../crafted-oracle.sh tls-crafted.pcap
sh ../crafted-summary-filters.sh tls-crafted.pcap select
sh ../crafted-oracle.sh tls.pcap
sh ../crafted-summary-filters.sh tls.pcap select filters-real
