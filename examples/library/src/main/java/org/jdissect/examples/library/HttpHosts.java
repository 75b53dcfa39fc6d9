package org.jdissect.examples.library;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jdissect.lib.Capture;
import org.jdissect.lib.Jdissect;
import org.jdissect.lib.Packet;

/** Counts HTTP requests per Host header in the captures given on the command line. */
public final class HttpHosts {
    private HttpHosts() {
    }

    public static void main(String[] args) throws IOException {
        print(count(args), System.out);
    }

    /** Host → number of requests, over every capture named. */
    public static Map<String, Integer> count(String... captures) throws IOException {
        Jdissect jd = Jdissect.standard();
        Map<String, Integer> perHost = new TreeMap<>();
        for (String file : captures) {
            try (Capture c = jd.open(Path.of(file)).filter("http.request")) {
                for (Packet p : c) {
                    // a frame can carry several pipelined requests: count every Host line
                    p.all("http.host").forEach(h -> perHost.merge(h.asString(), 1, Integer::sum));
                }
            }
        }
        return perHost;
    }

    static void print(Map<String, Integer> perHost, PrintStream out) {
        perHost.forEach((host, n) -> out.println(n + "\t" + host));
    }
}
