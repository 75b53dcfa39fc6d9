package org.jdissect.dissectors.media;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.dissectors.xml.XmlModule;

/**
 * Wireshark 4.0's media_type table as far as jdissect has the dissectors: media type (lower case, no parameters) to
 * the name of the dissector its bodies go to, shared by HTTP and by MIME multipart parts. "multipart/" is the entry
 * packet-http.c falls back to for a multipart subtype nobody registered.
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    private static final String TEXT_LINES = TextLinesModule.NAME;
    private static final String MULTIPART = "mime_multipart";

    /**
     * Media types whose bodies go to a named dissector: Wireshark 4.0's media_type table, as far as jdissect has its
     * dissectors (checked against tshark 4.0.17). application/octet-stream is data; any other type is "media".
     */
    public static final Map<String, String> DISSECTORS;

    private static final Map<String, String> OWN = Map.ofEntries(
            Map.entry("text/html", TEXT_LINES), Map.entry("text/plain", TEXT_LINES),
            Map.entry("text/css", TEXT_LINES), Map.entry("text/javascript", TEXT_LINES),
            Map.entry("application/x-javascript", TEXT_LINES),
            Map.entry("text/richtext", TEXT_LINES),
            Map.entry("text/vnd.sun.j2me.app-descriptor", TEXT_LINES),
            Map.entry("application/x-rtsp-udp-packetpair", TEXT_LINES),
            Map.entry("application/vnd.poc.refer-to", TEXT_LINES),
            Map.entry("application/x-www-form-urlencoded", "urlencoded-form"),
            Map.entry("application/dns-message", "dns"), Map.entry("application/octet-stream", "data"),
            Map.entry("application/json", "json"), Map.entry("application/json-rpc", "json"),
            Map.entry("application/jsonrequest", "json"), Map.entry("application/x-ndjson", "json"),
            Map.entry("application/problem+json", "json"), Map.entry("application/merge-patch+json", "json"),
            Map.entry("application/json-patch+json", "json"), Map.entry("application/vnd.oma.lwm2m+json", "json"),
            Map.entry("application/senml+json", "json"), Map.entry("application/sensml+json", "json"),
            Map.entry("multipart/mixed", MULTIPART), Map.entry("multipart/related", MULTIPART),
            Map.entry("multipart/alternative", MULTIPART), Map.entry("multipart/form-data", MULTIPART),
            Map.entry("multipart/report", MULTIPART), Map.entry("multipart/signed", MULTIPART),
            Map.entry("multipart/encrypted", MULTIPART), Map.entry("multipart/", MULTIPART));

    static {
        Map<String, String> all = new HashMap<>(OWN);
        XmlModule.MEDIA_TYPES.forEach(t -> all.put(t, XmlModule.NAME));
        DISSECTORS = Map.copyOf(all);
    }

    /** The table with each name resolved at hand-off: the types whose dissector is registered, to that dissector. */
    public static Map<String, Dissector> resolve(Handoff h) {
        Map<String, Dissector> resolved = new HashMap<>();
        DISSECTORS.forEach((type, name) -> h.dissector(name).ifPresent(d -> resolved.put(type, d)));
        return resolved;
    }
}
