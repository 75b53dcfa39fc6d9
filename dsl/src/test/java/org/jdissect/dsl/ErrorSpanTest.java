package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** (filter, start column, end column, message fragment): where the caret goes and what it says. */
class ErrorSpanTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "htttp | 0 | 5 | htttp is neither a field nor a protocol name.",
            "\"foo\" | 0 | 5 | \"foo\" is neither a field nor a protocol name.",
            "ip.version = 4 | 11 | 12 | \"=\" was unexpected in this context.",
            "ip.version == the quick brown fox | 18 | 23 | \"quick\" was unexpected in this context.",
            "tcp.port in {80 3267} | 16 | 20 | \"3267\" was unexpected in this context.",
            "tcp.port == 80 and | 18 | 18 | Unexpected end of filter expression.",
            "(tcp.port == 80 | 15 | 15 | Unexpected end of filter expression.",
            "tcp.port == 80) | 14 | 15 | \")\" was unexpected in this context.",
            "tcp.port == 80 xor udp | 15 | 18 | \"xor\" was unexpected in this context.",
            "http.request.method matches \"^HEAD\" matches \"^POST\" | 36 | 43 | \"matches\" was unexpected",
            "tcp.port == foo | 12 | 15 | \"foo\" is not a valid number.",
            "tcp.port == 08 | 12 | 14 | \"08\" is not a valid number.",
            "tcp.port == 80.0 | 12 | 16 | \"80.0\" is not a valid number.",
            "udp.dstport == 68-1 | 15 | 19 | \"68-1\" is not a valid number.",
            "tcp.port == 99999 | 12 | 17 | \"99999\" too big for this field, maximum 65535.",
            "tcp.port == \"80\" | 12 | 16 | Unsigned integer (2 bytes) cannot be converted from a string (\"80\").",
            "ip.proto == foo | 12 | 15 | \"foo\" cannot be found among the possible values for ip.proto.",
            "ip.proto == tcp | 12 | 15 | ip.proto and tcp are not of compatible types.",
            "tcp.flags.syn == true | 17 | 21 | \"true\" cannot be found among the possible values for tcp.flags.syn.",
            "6 == ip.proto | 0 | 1 | Left side of \"==\" expression must be a field or function, not 6.",
            "\"x\" != tcp.port | 0 | 3 | Left side of \"!=\" expression must be a field or function, not \"x\".",
            "tcp.nosuch == 1 | 0 | 10 | not tcp.nosuch.",
            "-2 == tcp.dstport | 0 | 2 | Constant arithmetic expression on the LHS is invalid.",
            "2 + 3 == frame.number | 0 | 5 | Constant arithmetic expression on the LHS is invalid.",
            "ip.src == 1.2.3 | 10 | 15 | \"1.2.3\" is not a valid hostname or IPv4 address.",
            "ip.src == 1.2.3.4/33 | 10 | 20 | Netmask bits in a CIDR IPv4 address should be <= 32, not 33",
            "ip.src == \"1.2.3.4\" | 10 | 19 | IPv4 address cannot be converted from a string",
            "eth.src == zz | 11 | 13 | \"zz\" is not a valid Ethernet address.",
            // byte strings as byte_array_from_literal reads them (messages and carets from tshark 4.0.17)
            "eth.src == 00:11:22:33:44 | 11 | 25 | \"00:11:22:33:44\" contains too few bytes to be a valid Ethernet",
            "eth.src == 00:11:22:33:44:55:66 | 11 | 31 | \"00:11:22:33:44:55:66\" contains too many bytes",
            "frame[0] == 0x0 | 12 | 15 | \"0x0\" is not a valid byte string.",
            // semcheck.c and dfunctions.c of 4.0.17 (messages and carets from tshark 4.0.17 on http.pcap)
            "ip.flags.df == \"True\" | 15 | 21 | \"True\" cannot be found among the possible values for ip.flags.df.",
            "tcp.srcport == 3266+'\\x01' | 20 | 26 | '\\x01' is not a valid arithmetic operand.",
            "string(frame.time) contains \"1\" | 7 | 17 | String conversion for field \"frame.time\" is not supported",
            "max(tcp.srcport, tcp.len) > 0 | 17 | 24 | Arguments to 'max' must have the same type (expected FT_UINT16, "
                + "got FT_UINT32)",
            "max(tcp.srcport, 70000) > 0 | 17 | 22 | \"70000\" too big for this field, maximum 65535.",
            "frame contains aa.bb.hh | 15 | 23 | \"aa.bb.hh\" is not a valid byte string.",
            "http.request.method == \"\\HEAD\" | 24 | 26 | \\H is not a valid character escape sequence",
            "http.host == \"a\\qb\" | 15 | 17 | \\q is not a valid character escape sequence",
            "http.host == \"\\u0041\" | 14 | 20 | \\u0041 is not a valid universal character name",
            "ip.proto == '\\Z' | 12 | 16 | '\\Z' isn't a valid character constant.",
            "frame contains 'HE' | 15 | 19 | 'HE' is too long to be a valid character constant.",
            "http.host == \"abc | 13 | 17 | The final quote was missing from a quoted string.",
            "http.request.method matches HEAD | 28 | 32 | Matches requires a double quoted string on the right side.",
            "http.host matches \"((\" | 18 | 22 | Regex compilation error",
            "tcp.port contains 1 | 0 | 8 | tcp.port (type=Unsigned integer (2 bytes)) cannot participate in contains",
            "ip.src matches \"1\" | 0 | 6 | ip.src (type=IPv4 address) cannot participate in matches",
            "tcp.port[0] == 0 | 0 | 8 | \"tcp.port\" is a Unsigned integer (2 bytes) and cannot be sliced",
            "frame == \"00\"[1] | 9 | 13 | Range is not supported for entity \"00\"",
            "frame[1-0] | 6 | 9 | Range 1-0 isn't valid",
            "frame[x] | 6 | 7 | \"x\" is not a valid number.",
            "len(ip.src) | 0 | 3 | You cannot test whether a function is present.",
            "hex(tcp.port) == 1 | 0 | 3 | Function 'hex' does not exist",
            "len(\"abc\") == 3 | 4 | 9 | Only fields can be used as parameter for len()",
            "upper(tcp.seq) == 4 | 6 | 13 | Only string type fields can be used as parameter for upper()",
            "string(123) == \"123\" | 7 | 10 | Only fields can be used as parameter for string()",
            "min(1,2) == 1 | 4 | 5 | Argument '1' is not valid for min()",
            "123 in {ip} | 0 | 3 | Only a field may be tested for membership in a set.",
            // what ftype-*.c cannot do, and what only a field may do, as tshark 4.0.17 words and places it
            "frame[0:1] in {00, 38} | 0 | 10 | Only a field may be tested for membership in a set.",
            "upper(http.host) in {\"A\"} | 0 | 16 | Only a field may be tested for membership in a set.",
            "tcp.flags.syn + 1 == 2 | 0 | 13 | FT_BOOLEAN cannot +.",
            "tcp.flags.syn & 1 | 0 | 13 | FT_BOOLEAN cannot &.",
            "frame.time_delta * 2 > 1 | 0 | 16 | FT_RELATIVE_TIME cannot *.",
            "icmp.resptime % 2 > 1 | 0 | 13 | FT_DOUBLE cannot %.",
            "icmp.resptime & 1 | 0 | 13 | FT_DOUBLE cannot &.",
            "-eth.src == 00:00:00:00:00:01 | 1 | 8 | FT_ETHER cannot -.",
            "-ip.src == 1.2.3.4 | 1 | 7 | FT_IPv4 cannot -.",
            "tcp.payload == http | 15 | 19 | tcp.payload and http are not of compatible types.",
            "eth.src == ip | 11 | 13 | eth.src and ip are not of compatible types.",
            "ip.src == 10.099.0.1 | 10 | 20 | \"10.099.0.1\" is not a valid hostname or IPv4 address.",
            "frame.number in {1, \"foo\"} | 20 | 25 | cannot be converted from a string (\"foo\").",
            "frame.time_delta in {0.1...7} | 26 | 28 | \"7\" is not a valid protocol or protocol field.",
            "frame.time == \"Dec 31, 2002 13:56:31.3 WET\" | 14 | 43 | Unexpected data after time value.",
            "frame.time == \"2002-12-31T13:55:31 UTC\" | 14 | 39 | Unexpected data after time value.",
            "frame.time == \"2002-12-31 13:55:31.3 Z\" | 14 | 39 | Unexpected data after time value.",
            "frame.time == \"2002-12-31T13Z\" | 14 | 30 | Unexpected data after time value.",
            "frame.time == \"2002-12-31 13:55.3\" | 14 | 34 | Subsecond precision requires a seconds field.",
            "frame.time == \"mrt 1, 2000 00:00:00\" | 14 | 36 | is not a valid absolute time.",
            "frame[37] == fc: | 15 | 16 | \":\" was unexpected in this context.",
            "eth.dst == 00e0:8100:b028 | 15 | 20 | \":8100\" was unexpected in this context.",
            "frame[1:] contains 0:e0 | 20 | 23 | \":e0\" was unexpected in this context.",
            "ip.src == 10.0.0.0/100 | 21 | 22 | \"0\" was unexpected in this context.",
            "icmp.resptime == nan | 17 | 20 | icmp.resptime and nan are not of compatible types.",
            "ip.proto == gre | 12 | 15 | ip.proto and gre are not of compatible types.",
            "ntp.precision > 300 | 16 | 19 | \"300\" too big for this field, maximum 255.",
            "ntp.precision == \"x\" | 17 | 20 | Unsigned integer (1 byte) cannot be converted from a string (\"x\").",
            "cvf.tvfield == \"True\" | 15 | 21 | \"True\" cannot be found among the possible values for cvf.tvfield.",
            "frame.time_delta == \"0.7\" | 20 | 25 | Time offset cannot be converted from a string (\"0.7\").",
            "frame.time == \"Dec 31, 2002\" | 14 | 28 | is not a valid absolute time.",
            // the types tshark 4.0.17 has beyond jdissect's first ones (FT_GUID, FT_UINT40 and kin, FT_STRINGZPAD),
            // and what it says of character constants, strings in arithmetic and BASE_CUSTOM fields
            "dhcp.client_id.uuid == \"13121110-1514-1716-1819-1a1b1c1d1e1f\" | 23 | 61 | Globally Unique Identifier cannot be converted",
            "dhcp.client_id.uuid == 10:11:12:13:14:15:16:17:18:19:1a:1b:1c:1d:1e:1f | 23 | 70 | is not a valid GUID.",
            "dhcp.client_id.uuid == 13121110151417161819-1a1b1c1d1e1f | 23 | 56 | is not a valid GUID.",
            "dhcp.client_id.uuid == '1' | 23 | 26 | Character constant '1' (0x31) cannot be converted to Globally",
            "dhcp.client_id.uuid == '\\x01' | 23 | 29 | Character constant 0x1 cannot be converted to Globally",
            "dhcp.client_id.uuid contains 10 | 0 | 19 | (type=Globally Unique Identifier) cannot participate",
            "dhcp.client_id.uuid[0:2] == 10:11 | 0 | 19 | is a Globally Unique Identifier and cannot be sliced",
            "dhcp.client_id.uuid & 1 | 0 | 19 | FT_GUID cannot &.",
            "-dhcp.client_id.uuid | 1 | 20 | FT_GUID cannot -.",
            "dhcp.client_id.uuid == frame.len | 23 | 32 | and frame.len are not of compatible types.",
            "abs(dhcp.client_id.uuid) == 1 | 4 | 23 | 'dhcp.client_id.uuid' is not a valid argument to 'abs'()",
            "mstp.config_name & 1 | 0 | 16 | FT_STRINGZPAD cannot &.",
            "http.host + 1 | 0 | 9 | FT_STRING cannot +.",
            "tcp.seq + http.host | 10 | 19 | FT_STRING cannot +.",
            "acdr.long_session_id == 1099511627776 | 24 | 37 | too big for this field, maximum 1099511627775.",
            "_ws.ftypes.int40 == 549755813888 | 20 | 32 | too big for this field, maximum 549755813887.",
            "ipv6.opt.ioam.trace.node.id_wide[0] == 1 | 0 | 32 | is a Unsigned integer (7 bytes) and cannot be sliced",
            "lldp.media.loc.latitude == 1099511627776 | 27 | 40 | cannot accept [custom] strings as values.",
            "lldp.media.loc.latitude == \"a\" | 27 | 30 | cannot accept [custom] strings as values.",
            "lldp.media.loc.latitude contains 1 | 0 | 23 | (type=Unsigned integer (5 bytes)) cannot participate",
            "eth.src == 'a' | 11 | 14 | Character constant 'a' (0x61) cannot be converted to Ethernet",
            "ip.src == '\\x0a' | 10 | 16 | Character constant 0xa cannot be converted to IPv4 address.",
            "frame.time == 'a' | 14 | 17 | Character constant 'a' (0x61) cannot be converted to Date and time.",
    })
    void errorIsReportedAtItsColumns(String filter, int start, int end, String message) {
        DisplayFilterException e = catchThrowableOfType(
                () -> DisplayFilter.compile(filter, TestRegistry.REGISTRY), DisplayFilterException.class);
        assertThat(e).as(filter).isNotNull();
        assertThat(e.getMessage()).contains(message);
        assertThat(e.span().start()).as("start of " + filter).isEqualTo(start);
        assertThat(e.span().end()).as("end of " + filter).isEqualTo(end);
        assertThat(e.filter()).isEqualTo(filter);
    }
}
