package org.jdissect.api.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Every field and protocol name tshark 4.0.17 registers, with its type ({@code tshark -G fields}, made by
 * {@code scripts/wireshark-names.sh}, with marks from {@code tshark -G values}): a display filter that names one jdissect does not dissect ({@code ntp},
 * {@code 9p or http}, {@code frame contains fc}, where {@code fc} is Fibre Channel and not the byte 0xfc) compiles
 * as in tshark, type rules and all, and matches nothing, instead of being rejected as an unknown name. It also makes
 * a bare word that is such a name a field rather than a literal, as tshark's scanner does.
 *
 * <p>The table (236,000 names, 1.5 MB compressed) is read only when a name is not in jdissect's own registry and
 * starts as one of Wireshark's names starts, and kept as one sorted byte array searched by bisection, about 6 MB with
 * no object per name.
 */
public final class WiresharkNames {
    private static final String RESOURCE = "wireshark-fields.txt.gz";

    /**
     * Protocol aliases tshark resolves silently (epan/proto.c proto_registrar_get_byalias; registered by
     * proto_register_alias in packet-dhcp.c, packet-tls.c, packet-autosar-nm.c and packet-iec104.c of 4.0.17):
     * {@code bootp.option.type} is {@code dhcp.option.type}.
     */
    private static final Map<String, String> ALIASES = Map.of(
            "bootp", "dhcp", "ssl", "tls", "nm", "autosar-nm", "104apci", "iec60870_104", "104asdu", "iec60870_asdu");

    private static volatile Table table;
    private static final Map<String, FieldDef> MADE = new ConcurrentHashMap<>();
    private static final java.util.Set<String> NAMED = ConcurrentHashMap.newKeySet();

    private WiresharkNames() {
    }

    /**
     * The definition of {@code name} as tshark registers it, for a name the registry does not have; no dissector ever
     * adds it, so a filter testing it finds nothing. Aliases are not followed ({@link #unalias}): {@code tshark -e}
     * takes none.
     */
    public static Optional<FieldDef> canonical(String name) {
        FieldDef made = MADE.get(name);
        if (made != null) {
            return Optional.of(made);
        }
        int dot = name.indexOf('.');
        if (!Prefixes.SET.contains(dot < 0 ? name : name.substring(0, dot))) {
            return Optional.empty(); // most words asked about are literals (80, 10.0.0.1): no table read for them
        }
        String line = table().typeOf(name);
        if (line == null) {
            return Optional.empty();
        }
        // "FTYPE", "FTYPE\tv" (an integer with value names) or "BOOLEAN\tTRUE-WORD\tFALSE-WORD"
        String[] cols = line.split("\t");
        FieldType t = fieldType(cols[0]);
        String[] words = t == FieldType.BOOLEAN && cols.length == 3 ? new String[] {cols[1], cols[2]} : null;
        FieldDef def = FieldDef.builder(name, name, t).base(t.isInteger() ? Base.DEC : Base.NONE)
                .trueFalse(words == null ? "True" : words[0], words == null ? "False" : words[1])
                .declared(t == FieldType.STRING ? Ftype.valueOf("FT_" + cols[0]) : null)
                .blurb("registered by Wireshark, not dissected by jdissect").build();
        FieldDef old = MADE.putIfAbsent(name, def);
        if (old == null && cols.length == 2 && cols[1].equals("v")) {
            NAMED.add(name);
        }
        return Optional.of(old != null ? old : def);
    }

    /**
     * Whether {@code def}, made here, has value names in Wireshark ({@code eth.fcs.status} has "Bad", "Good", ...).
     * The names themselves are not shipped (tshark -G values is 13 MB): a filter may compare such a field with any
     * name, which tshark would check, and the comparison is false, since the field is never present.
     */
    public static boolean hasValueNames(FieldDef def) {
        return undissected(def) && NAMED.contains(def.abbrev());
    }

    /** Whether {@code def} was made here for a name no jdissect dissector registers. */
    public static boolean undissected(FieldDef def) {
        return MADE.get(def.abbrev()) == def;
    }

    /**
     * The name {@code name} stands for when its protocol part is an alias ({@code bootp.option.type} for
     * {@code dhcp.option.type}), as a display filter resolves it after finding no field of that name.
     */
    public static Optional<String> unalias(String name) {
        int dot = name.indexOf('.');
        String proto = ALIASES.get(dot < 0 ? name : name.substring(0, dot));
        return proto == null ? Optional.empty() : Optional.of(dot < 0 ? proto : proto + name.substring(dot));
    }

    /**
     * jdissect's type for a Wireshark ftype: the kinds it has no own type for take the nearest one whose literals
     * and operators match (an IPX network is a 32-bit number, an OID compares as bytes; the string types are strings,
     * their own ftype kept in {@link FieldDef#ftype()}).
     */
    static FieldType fieldType(String ft) {
        return switch (ft) {
            case "NONE" -> FieldType.NONE;
            case "PROTOCOL" -> FieldType.PROTOCOL;
            case "BOOLEAN" -> FieldType.BOOLEAN;
            case "CHAR", "UINT8" -> FieldType.UINT8;
            case "UINT16" -> FieldType.UINT16;
            case "UINT24" -> FieldType.UINT24;
            case "UINT32", "IPXNET" -> FieldType.UINT32;
            case "UINT40" -> FieldType.UINT40;
            case "UINT48" -> FieldType.UINT48;
            case "UINT56" -> FieldType.UINT56;
            case "UINT64" -> FieldType.UINT64;
            case "INT8" -> FieldType.INT8;
            case "INT16" -> FieldType.INT16;
            case "INT24" -> FieldType.INT24;
            case "INT32" -> FieldType.INT32;
            case "INT40" -> FieldType.INT40;
            case "INT48" -> FieldType.INT48;
            case "INT56" -> FieldType.INT56;
            case "INT64" -> FieldType.INT64;
            case "GUID" -> FieldType.GUID;
            case "FRAMENUM" -> FieldType.FRAMENUM;
            case "FLOAT", "IEEE_11073_SFLOAT", "IEEE_11073_FLOAT" -> FieldType.FLOAT;
            case "DOUBLE" -> FieldType.DOUBLE;
            case "ETHER" -> FieldType.ETHER;
            case "IPv4" -> FieldType.IPV4;
            case "IPv6" -> FieldType.IPV6;
            case "EUI64" -> FieldType.EUI64;
            case "STRING", "STRINGZ", "UINT_STRING", "STRINGZPAD", "STRINGZTRUNC" -> FieldType.STRING;
            case "ABSOLUTE_TIME" -> FieldType.ABSOLUTE_TIME;
            case "RELATIVE_TIME" -> FieldType.RELATIVE_TIME;
            default -> FieldType.BYTES;
        };
    }

    /**
     * The first dot-separated part of every name (2,067 of them, 16 KB): read on the first question, in a millisecond,
     * where the table takes a quarter of a second of CPU, which a filter with a literal such as {@code 80} would
     * otherwise pay at every start.
     */
    private static final class Prefixes {
        static final java.util.Set<String> SET = load();

        private static java.util.Set<String> load() {
            try (InputStream in = WiresharkNames.class.getResourceAsStream("wireshark-prefixes.txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource wireshark-prefixes.txt");
                }
                return java.util.Set.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Table table() {
        Table t = table;
        if (t == null) {
            synchronized (WiresharkNames.class) {
                t = table;
                if (t == null) {
                    t = table = Table.load();
                }
            }
        }
        return t;
    }

    /** The sorted lines "abbreviation TAB ftype", with the offset of each line's start. */
    private record Table(byte[] text, int[] starts) {
        static Table load() {
            byte[] text;
            try (InputStream in = WiresharkNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                text = new GZIPInputStream(in, 1 << 16).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int lines = 0;
            for (byte b : text) {
                if (b == '\n') {
                    lines++;
                }
            }
            int[] starts = new int[lines];
            int n = 0;
            for (int i = 0; i < text.length; i = next(text, i)) {
                if (text[i] != '#') {
                    starts[n++] = i;
                }
            }
            return new Table(text, java.util.Arrays.copyOf(starts, n));
        }

        private static int next(byte[] text, int i) {
            while (i < text.length && text[i] != '\n') {
                i++;
            }
            return i + 1;
        }

        /** The rest of {@code name}'s line (its ftype, and value-name marks), or null. */
        String typeOf(String name) {
            byte[] key = name.getBytes(StandardCharsets.UTF_8);
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = starts[mid];
                int c = compare(at, key);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    int type = at + key.length + 1;
                    int end = next(text, type) - 1;
                    return new String(text, type, end - type, StandardCharsets.US_ASCII);
                }
            }
            return null;
        }

        /** Compares the abbreviation of the line at {@code at} (ended by its tab) with {@code key}, bytewise. */
        private int compare(int at, byte[] key) {
            for (int k = 0; ; k++) {
                int a = text[at + k] == '\t' ? -1 : text[at + k] & 0xff;
                int b = k < key.length ? key[k] & 0xff : -1;
                if (a != b || a < 0) {
                    return Integer.compare(a, b);
                }
            }
        }
    }
}
