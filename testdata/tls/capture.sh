#!/bin/sh
# Records tls.pcap: real OpenSSL 3.0 handshakes on the loopback interface (needs root, tcpdump, openssl), one TCP
# connection per case. The loopback MTU is lowered so that certificates and large records span TCP segments.
# Not rerun by the tests (the capture is committed); the oracles beside it come from oracle.sh.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'pkill -f "s_server -accept 4" || true; ip link set lo mtu 65536; rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/rsa.key" -out "$tmp/rsa.pem" -days 365 \
  -subj "/C=US/O=jdissect test/CN=server.example" -addext "subjectAltName=DNS:server.example" 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$tmp/ec.key" -out "$tmp/ec.pem" \
  -days 365 -subj "/CN=ec.example" 2>/dev/null
ip link set lo mtu 1500
tcpdump -i lo -w "$tmp/raw.pcap" -U 'tcp portrange 443-443 or tcp portrange 8443-8443 or tcp port 993' 2>/dev/null &
dump=$!
sleep 1
serve() { # port, extra s_server options
  openssl s_server -accept "$1" -cert "$tmp/rsa.pem" -key "$tmp/rsa.key" -dcert "$tmp/ec.pem" -dkey "$tmp/ec.key" \
    -www -dhparam /dev/null $2 >/dev/null 2>&1 &
  sleep 0.5
}
ask() { # port, s_client options
  printf 'GET / HTTP/1.0\r\n\r\n' | timeout 5 openssl s_client -connect 127.0.0.1:"$1" -ign_eof $2 >/dev/null 2>&1 || true
  sleep 0.3
}
serve 443 "-alpn http/1.1"
ask 443 "-tls1_2 -servername server.example -cipher ECDHE-RSA-AES128-GCM-SHA256"
ask 443 "-tls1_2 -cipher ECDHE-ECDSA-AES256-GCM-SHA384 -sigalgs ECDSA+SHA256"
ask 443 "-tls1_2 -cipher AES128-SHA -alpn http/1.1"
ask 443 "-tls1_2 -cipher DHE-RSA-AES256-SHA256"
ask 443 "-tls1_3 -servername server.example -alpn h2,http/1.1"
ask 443 "-tls1_3 -groups P-384:X25519 -ciphersuites TLS_CHACHA20_POLY1305_SHA256"
ask 443 "-tls1_1 -cipher AES256-SHA@SECLEVEL=0"
ask 443 "-tls1_2 -cipher NULL-SHA"
pkill -f "s_server -accept 443" || true
sleep 0.3
serve 443 "-groups X25519 -verify 1"
ask 443 "-tls1_3 -groups P-256:X25519 -cert $tmp/ec.pem -key $tmp/ec.key"
ask 443 "-tls1_2 -cert $tmp/rsa.pem -key $tmp/rsa.key"
pkill -f "s_server -accept 443" || true
sleep 0.3
serve 8443 ""
ask 8443 "-tls1_2 -sess_out $tmp/sess"
ask 8443 "-tls1_2 -sess_in $tmp/sess"
ask 8443 "-tls1_3 -status -no_ticket"
pkill -f "s_server -accept 8443" || true
serve 993 ""
ask 993 "-tls1_2 -max_send_frag 512"
sleep 1
kill $dump
sleep 0.5
cp "$tmp/raw.pcap" tls.pcap
