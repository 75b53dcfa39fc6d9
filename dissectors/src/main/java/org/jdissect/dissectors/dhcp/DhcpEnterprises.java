package org.jdissect.dissectors.dhcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * IANA's private enterprise numbers, as Wireshark names them (BASE_ENTERPRISES: "Microsoft (311)"), read from the
 * {@code enterprises.tsv} Wireshark installs, as {@link org.jdissect.dissectors.eth.Manuf} reads its {@code manuf}:
 * {@code -Djdissect.enterprises=FILE}, else {@code /usr/share/wireshark/enterprises.tsv} or
 * {@code /usr/local/share/wireshark/enterprises.tsv}. Without it every number is "Unknown". Loaded once, on first
 * use (a DUID-EN client identifier), and immutable afterwards.
 */
final class DhcpEnterprises {
    private DhcpEnterprises() {
    }

    private static final class Holder {
        static final Map<Integer, String> NAMES = load();
    }

    /** enterprises_base_custom: the name and the number, "Unknown" for a number without a name. */
    static String label(long number) {
        String name = Holder.NAMES.get((int) number);
        return (name == null ? "Unknown" : name) + " (" + number + ")";
    }

    private static Map<Integer, String> load() {
        String configured = System.getProperty("jdissect.enterprises");
        Path[] candidates = configured != null ? new Path[] {Path.of(configured)}
                : new Path[] {Path.of("/usr/share/wireshark/enterprises.tsv"),
                    Path.of("/usr/local/share/wireshark/enterprises.tsv")};
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                try {
                    return parse(p);
                } catch (IOException | RuntimeException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    /** Lines "311\tMicrosoft" (a space also separates); '#' starts a comment line. */
    static Map<Integer, String> parse(Path p) throws IOException {
        Map<Integer, String> names = new HashMap<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            int i = 0;
            long n = 0;
            while (i < line.length() && Character.isDigit(line.charAt(i)) && n <= Integer.MAX_VALUE) {
                n = n * 10 + (line.charAt(i++) - '0');
            }
            if (i == 0 || i >= line.length() || n > 0xffffffffL || (line.charAt(i) != '\t' && line.charAt(i) != ' ')) {
                continue;
            }
            names.putIfAbsent((int) n, line.substring(i + 1).strip());
        }
        return Map.copyOf(names);
    }
}
