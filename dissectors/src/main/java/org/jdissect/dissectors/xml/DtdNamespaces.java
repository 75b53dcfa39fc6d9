package org.jdissect.dissectors.xml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.dissectors.xml.XmlModule.Namespace;

/**
 * The XML namespaces Wireshark 4.0 builds from the DTDs it ships (rss, presence, smil, reginfo…), each a protocol
 * whose elements and attributes are fields named by their path: read from dtd-namespaces.tsv, which
 * scripts/xml-dtds.py lays out as packet-xml.c's register_dtd does (and checks against tshark -G fields).
 */
final class DtdNamespaces {
    /** Every protocol and field the namespaces add, one definition an abbreviation. */
    final List<FieldDef> fields;
    /** Each namespace's root, by its root element's name: a tag of that name starts it anywhere. */
    final Map<String, Namespace> roots;
    /** The roots whose DTD names a media type: a body of that type starts in that namespace. */
    final Map<String, Namespace> byMediaType;

    private DtdNamespaces(List<FieldDef> fields, Map<String, Namespace> roots, Map<String, Namespace> byMediaType) {
        this.fields = fields;
        this.roots = roots;
        this.byMediaType = byMediaType;
    }

    static DtdNamespaces load() {
        Map<String, FieldDef> defs = new LinkedHashMap<>();
        Map<String, Namespace> byFqn = new HashMap<>();
        Map<String, Namespace> roots = new HashMap<>();
        Map<String, Namespace> media = new HashMap<>();
        try (InputStream in = DtdNamespaces.class.getResourceAsStream("dtd-namespaces.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                String[] c = l.split("\t", -1);
                switch (c[0]) {
                    case "P" -> {
                        // P proto description root media hierarchy; text directly in the root element is a
                        // string field of the protocol's own name
                        FieldDef proto = FieldDef.builder(c[1], c[2], FieldType.PROTOCOL).blurb(c[1]).build();
                        defs.put(c[1], proto);
                        FieldDef text = proto.variant(FieldType.STRING, 0, 0);
                        Namespace root = new Namespace(c[3], proto, text, new HashMap<>(), new HashMap<>());
                        if (c[5].equals("y")) {
                            root.elements().put(c[3], root); // a hierarchy's root may hold itself
                        }
                        byFqn.put(c[1], root);
                        roots.put(c[3], root);
                        if (!c[4].equals("-")) {
                            media.put(c[4], root);
                        }
                    }
                    case "A" -> byFqn.get(c[1]).attributes().put(c[2], field(defs, c[1] + "." + c[2], c[2]));
                    case "N" -> {
                        // N fqn element parent: the same field for the element's tag and for its text
                        FieldDef f = field(defs, c[1], c[2]);
                        Namespace ns = new Namespace(c[2], f, f, new HashMap<>(), new HashMap<>());
                        byFqn.put(c[1], ns);
                        byFqn.get(c[3]).elements().put(c[2], ns);
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DtdNamespaces(List.copyOf(defs.values()), Map.copyOf(roots), Map.copyOf(media));
    }

    /** The FT_STRING field {@code abbrev} (an element's or an attribute's), made once. */
    private static FieldDef field(Map<String, FieldDef> defs, String abbrev, String name) {
        return defs.computeIfAbsent(abbrev, a -> FieldDef.builder(a, name, FieldType.STRING).build());
    }
}
