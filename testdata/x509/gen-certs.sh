#!/bin/sh
# Made the certificates of certs/ once with openssl 3.0 (they are committed; running this again makes new keys and
# serial numbers, so make.py's capture and every oracle would change: run oracle.sh after it).
set -e
cd "$(dirname "$0")"
if [ "${1:-}" = policy ]; then
  t=$(mktemp -d)
  trap 'rm -rf "$t"' EXIT
  openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $t/p.key
  openssl req -x509 -new -key $t/p.key -config certs.cnf -extensions policy_ext -days 3650 -sha256 \
    -set_serial 0x0badc0de -subj "/O=Policy CA/CN=Policy Example" -outform DER -out certs/policy.der
  exit 0
fi
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
C=certs.cnf
k() { openssl genpkey -quiet -algorithm "$@"; }
k RSA -pkeyopt rsa_keygen_bits:2048 -out $t/ca.key
k EC -pkeyopt ec_paramgen_curve:P-384 -out $t/inter.key
k RSA -pkeyopt rsa_keygen_bits:2048 -out $t/server.key
k EC -pkeyopt ec_paramgen_curve:P-256 -out $t/ec.key
k RSA -pkeyopt rsa_keygen_bits:1024 -out $t/v1.key
# root: RSA 2048, self-signed, PrintableString-free UTF8 names with an emailAddress, GeneralizedTime past 2050
openssl req -x509 -new -key $t/ca.key -config $C -extensions ca_ext -days 15000 -sha256 -set_serial 0x01 \
  -subj "/C=US/ST=California/L=San Francisco/O=Example Root Org/OU=PKI/CN=Example Root CA/emailAddress=pki@example.com" \
  -out $t/ca.pem
# intermediate: EC P-384 signed by the root with SHA-384, name constraints, policies with qualifiers, a CRL point
openssl req -new -key $t/inter.key -config $C -subj "/C=US/O=Example Root Org/CN=Example EC Intermediate" -out $t/inter.csr
openssl x509 -req -in $t/inter.csr -CA $t/ca.pem -CAkey $t/ca.key -set_serial 0x1000000000000001abcdef \
  -days 3650 -sha384 -extfile $C -extensions inter_ext -out $t/inter.pem
# server: RSA 2048 signed by the intermediate (ECDSA), every GeneralName, EKUs, CRL DP with reasons and issuer, AIA
openssl req -new -key $t/server.key -config $C -multivalue-rdn \
  -subj "/C=DE/O=Server GmbH+OU=Web/CN=server.example.com" -out $t/server.csr
openssl x509 -req -in $t/server.csr -CA $t/inter.pem -CAkey $t/inter.key -set_serial 4660 -days 398 -sha256 \
  -extfile $C -extensions server_ext -out $t/server.pem
# EC P-256 self-signed, PrintableString names (default string mask), unknown and critical extensions
openssl req -x509 -new -key $t/ec.key -config $C -extensions ec_ext -days 30 -sha256 -set_serial 0x7f \
  -utf8 -subj "/C=FR/O=Écoles Réunies/CN=ec.example.org/1.2.3.4.5.6.7=unknown attribute/serialNumber=ABC123/DC=example/DC=org" \
  -out $t/ec.pem
# v1: no extensions, SHA-1 with RSA, PrintableString names (string_mask default)
openssl req -new -key $t/v1.key -subj "/C=GB/L=London/O=Old Style Ltd/CN=v1.example.co.uk" -out $t/v1.csr
openssl x509 -req -in $t/v1.csr -signkey $t/v1.key -days 365 -sha1 -set_serial 0 -out $t/v1.pem
for c in ca inter server ec v1; do openssl x509 -in $t/$c.pem -outform DER -out certs/$c.der; done
# policy: the policy-related extensions, issuerAltName, freshestCRL and Microsoft's template and application
# policies (added after the others; made on its own: sh gen-certs.sh policy)
