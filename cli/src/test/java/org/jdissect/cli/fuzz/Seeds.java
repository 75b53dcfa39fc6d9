package org.jdissect.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdissect.cli.TestData;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;

/**
 * Seed inputs built from the repository's test captures and filter cases. {@link SeedCorpusTest} writes them into
 * the Jazzer input folders when asked ({@code -Dfuzz.seeds.update=true}); {@link ShortFuzzRunTest} mutates them.
 */
final class Seeds {
    static final Path TESTDATA = TestData.ROOT;
    /** Captures bigger than this seed only through their first packets (libFuzzer's inputs stay small). */
    static final int MAX_FILE_SEED = 16 * 1024;

    private Seeds() {
    }

    static List<Path> allCaptures() {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] {"captures", "damaged", "filter-cases/captures", "tcpdump-suite/captures",
            "fuzz-regressions"}) {
            Path d = TESTDATA.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().matches(".*\\.(pcap|pcapng|gz)$")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<Path> filterCaptures() {
        List<Path> out = new ArrayList<>();
        for (Path p : allCaptures()) {
            if (p.toString().contains("filter-cases") || p.getFileName().toString().startsWith("dns-http")
                    || p.getFileName().toString().startsWith("icmp-arp")) {
                out.add(p);
            }
        }
        return out;
    }

    /** Capture files as they are (the small ones), named by file. */
    static Map<String, byte[]> captureFiles() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Path p : allCaptures()) {
            try {
                if (Files.size(p) <= MAX_FILE_SEED) {
                    out.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Dissection inputs (see {@link FuzzTargets#dissect}): each capture's first packets, under its own link type. */
    static Map<String, byte[]> dissectInputs() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<Path> captures = new ArrayList<>(allCaptures());
        // the crafted captures reach dissector paths the corpus never does (LLC, short TCP headers, IPv6 options…)
        for (String dir : new String[] {"llc", "crafted-tcp", "crafted-ipv6", "crafted-icmp", "crafted-dns",
            "crafted-tcp-options", "tcpdump-link/captures", "sll", "arp", "ntp", "cdp", "vxlan", "syslog", "dhcp", "slow",
            "cisco-l2", "igmp", "tls", "http-streams", "http-lines", "websocket", "ssdp", "nbns"}) {
            Path d = TESTDATA.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(f -> f.toString().endsWith(".pcap")).sorted().forEach(captures::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        for (Path p : captures) {
            try (CaptureReader r = Captures.open(p)) {
                PacketRecord rec = new PacketRecord();
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                int n = 0;
                while (n < 8 && b.size() < 6000 && r.next(rec)) {
                    if (rec.capturedLength() > 16_384) {
                        // a 63 KB DNS message of thousands of records takes seconds under the fuzzer's
                        // instrumentation (as long names walk it again and again in tshark too): past its timeout
                        continue;
                    }
                    if (n == 0) {
                        int idx = java.util.Arrays.binarySearch(FuzzTargets.LINK_TYPES, 0,
                                FuzzTargets.LINK_TYPES.length - 1, rec.linkType());
                        b.write(Math.max(idx, 0));
                        b.write(0x08); // -v
                    }
                    int len = Math.min(rec.capturedLength(), 0xffff);
                    b.write(len >> 8);
                    b.write(len);
                    b.write(rec.data().toArray(0, len));
                    n++;
                }
                if (n > 0) {
                    // crafted captures are named by their folder too (arp/arp.pcap is not the suite's arp.pcap)
                    Path rel = TESTDATA.relativize(p);
                    boolean crafted = !allCaptures().contains(p);
                    out.put(crafted ? rel.toString().replace('/', '_') : p.getFileName().toString(),
                            b.toByteArray());
                }
            } catch (IOException e) {
                // a damaged capture delivers what it can; none at all is no seed
            }
        }
        return out;
    }

    /** Every filter of the filter cases. */
    static Map<String, byte[]> filterInputs() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(TESTDATA.resolve("filter-cases/cases.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                if (cols.length > 4 && !cols[4].isEmpty()) {
                    out.putIfAbsent(cols[0], cols[4].getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
