#!/bin/sh
# Golden output for `jdissect follow` (FollowOracleTest): tshark 4.0.17 -q -z follow,PROTO,MODE,STREAM.
# Every TCP stream of every capture in ascii; hex and raw too for the small captures; http ascii for HTTP ones.
# Files: <capture>.<proto>.<mode>.<stream>.txt. Run from this directory: sh make.sh
set -e
cap=../../captures
gen() { # capture proto mode stream
  tshark -n -r "$cap/$1" -q -z "follow,$2,$3,$4" 2>/dev/null > "$1.$2.$3.$4.txt"
}
for c in dns-http.pcap http-basic.pcap http-chunked.pcap http-keepalive.pcap http-pipelined.pcap http10.pcap \
         ipv6-http.pcap middlebox-client.pcap middlebox-server.pcap seed-rst.pcap tcp-resets.pcap \
         http-large.pcap tcp-loss.pcap http-post-large.pcap; do
  for s in $(tshark -n -r "$cap/$c" -T fields -e tcp.stream 2>/dev/null | grep . | sort -un); do
    gen $c tcp ascii $s
    case $c in
      http-large.pcap|tcp-loss.pcap|http-post-large.pcap) ;;
      *) gen $c tcp hex $s; gen $c tcp raw $s ;;
    esac
    case $c in
      http*|seed-rst.pcap|middlebox*|ipv6-http.pcap|dns-http.pcap) gen $c http ascii $s ;;
    esac
  done
done
