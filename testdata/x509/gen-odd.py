"""The one certificate openssl's command line cannot spell (certs/odd.der): BMPString, UniversalString, IA5String,
TeletexString and unknown-OID name attributes, an ed25519 key, a UTCTime notBefore and a GeneralizedTime notAfter
past 2050, an unknown non-critical extension. Made once (python3 gen-odd.py; a new key each run), then committed."""
import datetime
from cryptography import x509
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID, ObjectIdentifier
from cryptography.hazmat.primitives.asymmetric import ed25519

key = ed25519.Ed25519PrivateKey.generate()
name = x509.Name([
    x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP", _type=_ASN1Type.PrintableString)]),
    x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "日本BMP", _type=_ASN1Type.BMPString)]),
    x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Univ",
                                                        _type=_ASN1Type.UniversalString)]),
    x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.LOCALITY_NAME, "Teletex",
                                                        _type=_ASN1Type.T61String)]),
    x509.RelativeDistinguishedName([x509.NameAttribute(ObjectIdentifier("1.2.3.4.5.6.7"), "unknown attr",
                                                        _type=_ASN1Type.UTF8String)]),
    x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.EMAIL_ADDRESS, "odd@example.jp")]),
    x509.RelativeDistinguishedName([x509.NameAttribute(NameOID.COMMON_NAME, "odd.example.jp")]),
])
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(0x00ff00ff00ff00ff00ff)
        .not_valid_before(datetime.datetime(2024, 1, 2, 3, 4, 5))
        .not_valid_after(datetime.datetime(2055, 6, 7, 8, 9, 10))
        .add_extension(x509.UnrecognizedExtension(ObjectIdentifier("1.3.6.1.4.1.99999.42"), b"\x04\x03abc"), False)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("odd.example.jp"),
                                                    x509.OtherName(ObjectIdentifier("1.2.3.99"), b"\x0c\x02hi")]),
                       False)
        .sign(key, None))
from cryptography.hazmat.primitives.serialization import Encoding
open("certs/odd.der", "wb").write(cert.public_bytes(Encoding.DER))
