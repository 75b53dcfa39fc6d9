package org.jdissect.dsl.eval;

import java.math.BigDecimal;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.Guids;

/** A value as Wireshark displays it, for {@code string(field)}. */
public final class Display {
    private Display() {
    }

    static String format(FieldType t, Values v, int i) {
        return switch (t) {
            case UINT64 -> Long.toUnsignedString(v.longs[i]);
            case ETHER -> hex(NodeValues.bigEndian(v.longs[i], 6), ':');
            case IPV4 -> ipv4(v.longs[i]);
            case IPV6 -> ipv6((byte[]) v.objs[i]);
            case BYTES, PROTOCOL, EUI64 -> hex((byte[]) v.objs[i], ':');
            case GUID -> Guids.text(Guids.comparisonOrder((byte[]) v.objs[i])); // the order is its own inverse
            case STRING -> (String) v.objs[i];
            case FLOAT, DOUBLE -> Double.toString(v.dbl(i));
            case ABSOLUTE_TIME, RELATIVE_TIME -> BigDecimal.valueOf(v.longs[i], 9).toPlainString();
            default -> Long.toString(v.longs[i]);
        };
    }

    public static String hex(byte[] b, char sep) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        return sb.toString();
    }

    public static String ipv4(long a) {
        return ((a >> 24) & 0xFF) + "." + ((a >> 16) & 0xFF) + "." + ((a >> 8) & 0xFF) + "." + (a & 0xFF);
    }

    /** RFC 5952 text: lower case, the longest run of two or more zero groups as "::". */
    public static String ipv6(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((a[2 * i] & 0xFF) << 8) | (a[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
