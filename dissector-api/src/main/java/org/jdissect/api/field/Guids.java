package org.jdissect.api.field;

import java.util.Arrays;

/**
 * The value of a {@link FieldType#GUID} item: its 16 bytes in the order of its text (data1, data2, data3 as big-endian
 * integers, then data4), made from the wire by {@link #fromWire}, shown by {@link #text}.
 */
public final class Guids {
    private Guids() {
    }

    /**
     * The GUID of the 16 bytes at {@code off} of {@code wire} read with the dissector's encoding: Wireshark's
     * tvb_get_guid reads data1, data2 and data3 as integers of that byte order (a little-endian GUID, as DHCP's client
     * UUID or a Microsoft GUID, has them byte-swapped on the wire) and data4 as it stands.
     */
    public static byte[] fromWire(byte[] wire, int off, boolean littleEndian) {
        byte[] g = Arrays.copyOfRange(wire, off, off + 16);
        return littleEndian ? swapped(g) : g;
    }

    /**
     * The GUID's bytes in the order tshark 4.0 compares GUIDs in ({@code memcmp} of its e_guid_t on a little-endian
     * host: data1, data2 and data3 byte-swapped), which {@code <} and {@code >} in display filters follow.
     */
    public static byte[] comparisonOrder(byte[] guid) {
        return swapped(guid.clone());
    }

    /** Wireshark's guid_to_str: {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, lower-case hex. */
    public static String text(byte[] guid) {
        StringBuilder sb = new StringBuilder(36);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                sb.append('-');
            }
            sb.append(Character.forDigit((guid[i] >> 4) & 15, 16)).append(Character.forDigit(guid[i] & 15, 16));
        }
        return sb.toString();
    }

    /**
     * The GUID of a display filter literal, as ftype-guid.c's get_guid reads it: its first 36 characters must be hex
     * digits and dashes in the form {@code XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX} (either case; what follows them is
     * not looked at); null otherwise.
     */
    public static byte[] parse(String s) {
        if (s.length() < 36) {
            return null;
        }
        byte[] g = new byte[16];
        int k = 0;
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
                return null;
            }
            g[k / 2] |= (byte) (k % 2 == 0 ? d << 4 : d);
            k++;
        }
        return g;
    }

    private static byte[] swapped(byte[] g) {
        swap(g, 0, 3);
        swap(g, 1, 2);
        swap(g, 4, 5);
        swap(g, 6, 7);
        return g;
    }

    private static void swap(byte[] b, int i, int j) {
        byte t = b[i];
        b[i] = b[j];
        b[j] = t;
    }
}
