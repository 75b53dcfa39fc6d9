package org.jdissect.cli.stats;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.http.HttpModule;
import org.jdissect.dsl.DisplayFilterException;

/**
 * tshark's {@code --export-objects http,DIR}: every HTTP (and SSDP) body that packet-http.c hands its export-object tap
 * (the body it shows as File Data: de-chunked, uncompressed, empty too) saved in DIR after the last packet, in the
 * order the bodies were met (tap-exportobject.c's eo_draw). A file is named after the latest request URI of its TCP
 * connection at the time (conv_data->request_uri: a response before its request was reassembled has none, a
 * pipelined response the last request's), its last path element (g_path_get_basename), with the characters Windows
 * refuses written as %xx and "(N)" added before the extension while the name is taken (eo_massage_str); a body with
 * no URI is "object" + frame number + "." + its media type.
 */
public final class HttpObjects implements Statistic {
    /** export_object.h's EXPORT_OBJECT_MAXFILELEN. */
    private static final int MAX_NAME = 255;
    /** prefs.gui_max_export_objects: how many "(N)" names are tried. */
    private static final int MAX_TRIES = 1000;
    private static final String REJECT = "<>:\"/\\|?*";

    /** One saved body. */
    private record Entry(long frame, String filename, String contentType, byte[] data) {
    }

    private final Path dir;
    private final TreeStatistic.Fields fields;
    private final FieldDef http;
    private final FieldDef ssdp;
    private final FieldDef request;
    private final FieldDef uri;
    private final FieldDef contentType;
    private final FieldDef fileData;
    private final FieldDef tcpStream;
    private final FieldDef tcpPayload;
    private final FieldDef udpPayload;
    private final List<Entry> entries = new ArrayList<>();
    /** conv_data->request_uri by conversation (a TCP stream's index, SSDP's UDP ends). */
    private final Map<Object, String> lastUri = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    public HttpObjects(Path dir, Statistics.Filters filters) throws DisplayFilterException {
        this.dir = dir;
        fields = new TreeStatistic.Fields(filters, "http", "ssdp", "http.request", "http.request.uri",
                "http.content_type", "http.file_data", "tcp.stream", "tcp.payload", "udp.payload", "udp.srcport",
                "udp.dstport", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst");
        http = fields.get("http");
        ssdp = fields.get("ssdp");
        request = fields.get("http.request");
        uri = fields.get("http.request.uri");
        contentType = fields.get("http.content_type");
        fileData = fields.get("http.file_data");
        tcpStream = fields.get("tcp.stream");
        tcpPayload = fields.get("tcp.payload");
        udpPayload = fields.get("udp.payload");
    }

    /** tshark's argument: "http,DIR", or null when it names another protocol or no directory. */
    public static String directory(String arg) {
        int comma = arg.indexOf(',');
        return comma < 0 || !arg.substring(0, comma).equals("http") ? null : arg.substring(comma + 1);
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return fields.all();
    }

    @Override
    public void packet(PacketContext ctx) {
        Object conversation = null;
        ProtoNode payload = null;
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            String p = n.abbrev();
            if ("tcp".equals(p)) {
                ProtoNode s = AddressKind.child(n, tcpStream.abbrev());
                conversation = s == null ? null : s.num();
                payload = AddressKind.child(n, tcpPayload.abbrev());
            } else if ("udp".equals(p)) {
                conversation = udpConversation(ctx);
                payload = AddressKind.child(n, udpPayload.abbrev());
            } else if (http.equals(n.def()) || ssdp.equals(n.def())) {
                message(ctx, n, conversation);
            }
        }
        // text packet-http.c did not take for HTTP (or SSDP), in a conversation not known to be: no item, yet
        // dissect_http_message hands the whole payload to the tap as a body
        HttpModule.TapOnly declined = ctx.session().get(HttpModule.TapOnly.class, HttpModule.TapOnly::new);
        for (int i = declined.count(ctx.frameNumber()); i > 0 && payload != null; i--) {
            entries.add(new Entry(ctx.frameNumber(), lastUri.get(conversation), null, bytes(payload)));
        }
    }

    /** SSDP's conversation (packet-http.c keeps its state per conversation): the UDP ends, either way round. */
    private static Object udpConversation(PacketContext ctx) {
        List<AddressKind.Ends> ends = AddressKind.UDP.layers(ctx);
        if (ends.isEmpty()) {
            return null;
        }
        AddressKind.Ends e = ends.get(ends.size() - 1);
        String a = e.src() + "/" + e.srcPort();
        String b = e.dst() + "/" + e.dstPort();
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    /**
     * One HTTP item: a request's URI becomes its connection's latest; a body shown as File Data, a message's or
     * text continuing one, is saved (binary continuation data goes to no tap and shows none).
     */
    private void message(PacketContext ctx, ProtoNode item, Object conversation) {
        if (AddressKind.find(item, request.abbrev()) != null) {
            ProtoNode u = AddressKind.find(item, uri.abbrev());
            if (u != null) {
                lastUri.put(conversation, u.obj() instanceof String s ? s : "");
            }
        }
        ProtoNode body = AddressKind.child(item, fileData.abbrev());
        if (body == null) {
            return;
        }
        ProtoNode ct = AddressKind.find(item, contentType.abbrev());
        entries.add(new Entry(ctx.frameNumber(), lastUri.get(conversation), ct == null ? null : mediaType(ct),
                bytes(body)));
    }

    private static byte[] bytes(ProtoNode n) {
        return n.length() == 0 ? new byte[0] : n.source().toArray(n.offset(), n.length());
    }

    /** headers.content_type: the header value lowercased, up to a ';' or white space. */
    private static String mediaType(ProtoNode n) {
        String v = n.obj() instanceof String s ? s : "";
        int end = 0;
        while (end < v.length() && v.charAt(end) != ';' && !Character.isWhitespace(v.charAt(end))) {
            end++;
        }
        return v.substring(0, end).toLowerCase(Locale.ROOT);
    }

    @Override
    public void draw(StringBuilder out) {
        // the objects go to files, not to the output
    }

    @Override
    public void print(PrintWriter out) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            errors.add("Failed to create export objects output directory \"" + dir + "\": " + e.getMessage());
            return;
        }
        for (Entry e : entries) {
            String base = e.filename != null ? basename(e.filename)
                    : "object" + e.frame + (e.contentType != null ? "." + e.contentType : "");
            Path file;
            int count = 0;
            do {
                // a name is its URI's last element, which holds no '/': "." and ".." (a URI "/..") exist, so they
                // are taken and get "(N)" names, as in tshark; nothing is written outside DIR
                file = dir.resolve(massage(base, MAX_NAME, count));
            } while (Files.exists(file) && ++count < MAX_TRIES);
            try {
                Files.write(file, e.data);
            } catch (IOException ex) {
                errors.add("could not write " + file + ": " + ex.getMessage());
            }
        }
    }

    /** What went wrong writing the files, one message each (empty when all were written). */
    public List<String> errors() {
        return errors;
    }

    /** g_path_get_basename: the last element, trailing slashes ignored; "/" for slashes alone, "." for nothing. */
    static String basename(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int last = path.length() - 1;
        while (last >= 0 && path.charAt(last) == '/') {
            last--;
        }
        if (last < 0) {
            return "/";
        }
        int base = last;
        while (base >= 0 && path.charAt(base) != '/') {
            base--;
        }
        return path.substring(base + 1, last + 1);
    }

    /**
     * eo_massage_str: each character a Windows file name may not hold (and each control character) as %xx, then
     * "(N)" for the N-th try, before the extension, the name cut to {@code max} characters keeping the extension.
     */
    static String massage(String in, int max, int dup) {
        StringBuilder out = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if ((c >= 0x01 && c <= 0x1f) || REJECT.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (dup == 0 && out.length() <= max) {
            return out.toString();
        }
        String suffix = dup != 0 ? "(" + dup + ")" : "";
        int dot = out.lastIndexOf(".");
        String name = out.toString();
        if (dot >= 0 && name.length() - dot + suffix.length() < max) {
            String ext = name.substring(dot);
            String stem = name.substring(0, dot);
            int room = max - (suffix.length() + ext.length());
            if (stem.length() >= room) {
                stem = stem.substring(0, room);
            }
            return stem + suffix + ext;
        }
        int room = max - suffix.length();
        if (name.length() >= room) {
            name = name.substring(0, room);
        }
        return name + suffix;
    }
}
