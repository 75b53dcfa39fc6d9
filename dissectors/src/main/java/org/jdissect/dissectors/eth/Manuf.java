package org.jdissect.dissectors.eth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Vendor names of 24-bit OUIs, read from Wireshark's own {@code manuf} file, as Wireshark does even with name
 * resolution off ({@code eth.src.oui_resolved}). The file is GPL data shipped with Wireshark, so it is read where it
 * is installed rather than copied into this project: {@code -Djdissect.manuf=FILE}, else
 * {@code /usr/share/wireshark/manuf} or {@code /usr/local/share/wireshark/manuf}. Without it no OUI is resolved.
 * Loaded once, on first use, and immutable afterwards.
 */
final class Manuf {
    private Manuf() {
    }

    private static final class Holder {
        static final Map<Integer, String> OUIS = load();
    }

    /** The vendor of {@code oui} (the first three bytes of a MAC), or null. */
    static String vendor(long oui) {
        return Holder.OUIS.get((int) oui);
    }

    private static Map<Integer, String> load() {
        String configured = System.getProperty("jdissect.manuf");
        Path[] candidates = configured != null ? new Path[] {Path.of(configured)}
                : new Path[] {Path.of("/usr/share/wireshark/manuf"), Path.of("/usr/local/share/wireshark/manuf")};
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                try {
                    return parse(p);
                } catch (IOException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    /** Lines "00:E0:4C\tShort\tLong name"; /28 and /36 blocks ("…/28") are not 24-bit OUIs and are skipped. */
    static Map<Integer, String> parse(Path p) throws IOException {
        Map<Integer, String> m = new HashMap<>(1 << 16);
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() < 10 || line.charAt(8) != '\t' || line.charAt(2) != ':' || line.charAt(5) != ':') {
                    continue;
                }
                int oui;
                try {
                    oui = Integer.parseInt(line.substring(0, 2) + line.substring(3, 5) + line.substring(6, 8), 16);
                } catch (NumberFormatException e) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String name = cols.length > 2 && !cols[2].isEmpty() ? cols[2] : cols[1];
                m.putIfAbsent(oui, name);
            }
        }
        return Map.copyOf(m);
    }
}
