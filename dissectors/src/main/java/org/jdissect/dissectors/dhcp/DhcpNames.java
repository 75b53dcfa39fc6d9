package org.jdissect.dissectors.dhcp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.FieldFormat;

/**
 * Domain names in DHCP options (81, 119, 120) as packet-dns.c 4.0's get_dns_name reads them with a length limit: a
 * name ends where its labels reach the limit, a label that crosses it is an error, pointers count from a base
 * offset, and the text is the raw label bytes, which DHCP shows through format_text.
 */
final class DhcpNames {
    /** packet-dns.h's MAX_DNAME_LEN: the name text's room, its terminating NUL included. */
    private static final int MAX_NAME = 255;
    /** MIN_DNAME_LEN: a shorter encoding is the root, or an error. */
    private static final int MIN_NAME = 2;

    private DhcpNames() {
    }

    /** A name's raw text and the bytes it takes where it stands. */
    record Name(byte[] raw, int length) {
        /** The text through format_text: every byte, control characters escaped. */
        String formatted() {
            return FieldFormat.formatText(new String(raw, StandardCharsets.UTF_8));
        }
    }

    private static Name special(String text, int length) {
        return new Name(text.getBytes(StandardCharsets.US_ASCII), length);
    }

    /**
     * The name at {@code off} of {@code m}, reading at most {@code maxLen} bytes from {@code off} (0: no limit),
     * pointers counting from {@code base}; throws as get_dns_name throws.
     */
    static Name read(ByteView m, int off, int maxLen, int base) {
        Name name = expand(m, off, maxLen, base);
        boolean empty = name.raw.length == 0 || name.raw[0] == 0;
        if (empty && name.length <= MIN_NAME) {
            return special("<Root>", name.length);
        }
        if (name.length < MIN_NAME || (name.length > MIN_NAME && name.raw.length == 0)) {
            throw BoundsException.MALFORMED;
        }
        return name;
    }

    /** expand_dns_name: the labels read, and the bytes the name takes where it stands. */
    private static Name expand(ByteView m, int off, int maxLen, int base) {
        int start = off;
        int len = -1;
        int pointers = 0;
        int room = MAX_NAME;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (true) {
            if (maxLen != 0 && off - start > maxLen - 1) {
                break;
            }
            int c = m.u8(off++);
            if (c == 0) {
                break;
            }
            switch (c & 0xc0) {
                case 0x00 -> {
                    if (text.size() > 0) {
                        if (room > 0) {
                            text.write('.');
                            room--;
                        }
                    } else {
                        room--;
                    }
                    for (; c > 0; c--, off++) {
                        if (maxLen != 0 && off - start > maxLen - 1) {
                            throw BoundsException.MALFORMED;
                        }
                        int b = m.u8(off);
                        if (room > 0) {
                            text.write(b);
                            room--;
                        }
                    }
                }
                case 0x40 -> {
                    if ((c & 0x3f) != 0x01) {
                        // an extended label of an unknown kind ends the name: its length cannot be known
                        len = off - start;
                        return special("<Unknown extended label>", len);
                    }
                    // RFC 2673 bit-string label: "\[x" the bits in hex "/count]"
                    int bits = m.u8(off++);
                    int bytes = (bits - 1) / 8 + 1;
                    StringBuilder sb = new StringBuilder("\\[x");
                    for (int i = 0; i < bytes; i++) {
                        sb.append(FieldFormat.hexPadded(m.u8(off++), 2));
                    }
                    sb.append('/').append(bits).append(']');
                    for (int i = 0; i < sb.length() && room > 0; i++, room--) {
                        text.write(sb.charAt(i));
                    }
                }
                case 0x80 -> throw BoundsException.MALFORMED;
                default -> {
                    int target = base + (((c & 0x3f) << 8) | m.u8(off));
                    off++;
                    pointers++;
                    if (len < 0) {
                        len = off - start;
                    }
                    if (target == off + 2 || pointers > MAX_NAME) {
                        return special("<Name contains a pointer that loops>", len);
                    }
                    off = target;
                }
            }
        }
        if (len < 0) {
            len = off - start;
        }
        return room > 0 ? new Name(text.toByteArray(), len) : special("<Name too long>", len);
    }
}
