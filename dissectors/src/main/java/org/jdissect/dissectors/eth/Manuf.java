package org.jdissect.dissectors.eth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Vendor names of 24-bit OUIs, read from Wireshark's own {@code manuf} file, as Wireshark does even with name
 * resolution off ({@code eth.src.oui_resolved}). The file is GPL data shipped with Wireshark, so it is read where it
 * is installed rather than copied into this project: {@code -Djdissect.manuf=FILE}, else
 * {@code /usr/share/wireshark/manuf} or {@code /usr/local/share/wireshark/manuf}. Without it no OUI is resolved.
 * Loaded once, on first use, and immutable afterwards.
 */
public final class Manuf {
    private Manuf() {
    }

    private static final class Holder {
        static final Table OUIS = load();
    }

    /**
     * OUI → vendor in an open-addressed table of unboxed ints: looked up twice a packet (source and destination),
     * where a {@code Map<Integer, String>} boxed and probed with equals calls.
     */
    static final class Table {
        static final Table EMPTY = new Table(1);
        private final int[] keys;
        private final String[] values;
        private final int mask;

        Table(int expected) {
            int cap = Integer.highestOneBit(Math.max(2, expected * 2 - 1)) << 1;
            keys = new int[cap];
            values = new String[cap];
            mask = cap - 1;
        }

        private static int slot(int oui) {
            return (oui * 0x9E3779B1) >>> 7;
        }

        /** Keeps the first name given for an OUI, as the file's first line wins. */
        void putIfAbsent(int oui, String name) {
            for (int i = slot(oui) & mask; ; i = (i + 1) & mask) {
                if (values[i] == null) {
                    keys[i] = oui;
                    values[i] = name;
                    return;
                }
                if (keys[i] == oui) {
                    return;
                }
            }
        }

        String get(int oui) {
            for (int i = slot(oui) & mask; ; i = (i + 1) & mask) {
                String v = values[i];
                if (v == null || keys[i] == oui) {
                    return v;
                }
            }
        }
    }

    /** The vendor of {@code oui} (the first three bytes of a MAC), or null. */
    public static String vendor(long oui) {
        return Holder.OUIS.get((int) oui);
    }

    private static Table load() {
        String configured = System.getProperty("jdissect.manuf");
        Path[] candidates = configured != null ? new Path[] {Path.of(configured)}
                : new Path[] {Path.of("/usr/share/wireshark/manuf"), Path.of("/usr/local/share/wireshark/manuf")};
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                try {
                    return parse(p);
                } catch (IOException e) {
                    return Table.EMPTY;
                }
            }
        }
        return Table.EMPTY;
    }

    /**
     * Lines "00:E0:4C\tShort\tLong name"; /28 and /36 blocks ("…/28") are not 24-bit OUIs and are skipped. Parsed by
     * hand (no substring, split or parseInt per line): this runs at every start and the file has ~50,000 lines.
     */
    static Table parse(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        Table t = new Table(lines.size());
        for (String line : lines) {
            if (line.length() < 10 || line.charAt(8) != '\t' || line.charAt(2) != ':' || line.charAt(5) != ':') {
                continue;
            }
            int oui = 0;
            boolean ok = true;
            for (int i = 0; i < 8 && ok; i++) {
                if (i == 2 || i == 5) {
                    continue;
                }
                int h = Character.digit(line.charAt(i), 16);
                ok = h >= 0;
                oui = oui << 4 | h;
            }
            if (!ok) {
                continue;
            }
            int shortEnd = line.indexOf('\t', 9);
            String name;
            if (shortEnd < 0) {
                name = line.substring(9);
            } else {
                int longEnd = line.indexOf('\t', shortEnd + 1);
                String longName = line.substring(shortEnd + 1, longEnd < 0 ? line.length() : longEnd);
                name = longName.isEmpty() ? line.substring(9, shortEnd) : longName;
            }
            t.putIfAbsent(oui, name);
        }
        return t;
    }
}
