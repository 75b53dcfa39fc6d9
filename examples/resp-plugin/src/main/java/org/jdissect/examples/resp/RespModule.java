package org.jdissect.examples.resp;

import static org.jdissect.api.field.FieldType.*;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.tcp.TcpModule;

/**
 * Redis RESP2, as an example of a plugin: it declares its fields, binds itself to {@code tcp.port} 6379 in the
 * handoff phase, asks TCP for more bytes when a value spans segments, and pairs responses with requests.
 *
 * <p>A client sends commands as arrays of bulk strings ({@code *2\r\n$3\r\nGET\r\n$1\r\nk\r\n}); the first element
 * is the command, the rest its arguments. Servers answer with any RESP2 type.
 */
public final class RespModule implements ProtocolModule {
    public static final int PORT = 6379;
    static final Map<Long, String> TYPES = Map.of((long) '+', "Simple String", (long) '-', "Error", (long) ':',
            "Integer", (long) '$', "Bulk String", (long) '*', "Array");

    public static final FieldDef RESP = FieldDef.builder("resp", "Redis Serialization Protocol", PROTOCOL).build();
    public static final FieldDef TYPE = FieldDef.builder("resp.type", "Type", UINT8).names(TYPES).build();
    public static final FieldDef COMMAND = FieldDef.builder("resp.command", "Command", STRING).build();
    public static final FieldDef ARGS = FieldDef.builder("resp.args", "Argument", STRING).build();
    public static final FieldDef STRING_V = FieldDef.builder("resp.string", "String", STRING).build();
    public static final FieldDef INTEGER = FieldDef.builder("resp.integer", "Integer", INT64).build();
    public static final FieldDef ERROR = FieldDef.builder("resp.error", "Error", STRING).build();
    public static final FieldDef BULK_LENGTH = FieldDef.builder("resp.bulk.length", "Bulk length", INT32).build();
    public static final FieldDef ARRAY_LENGTH = FieldDef.builder("resp.array.length", "Array length", INT32).build();
    public static final FieldDef NULL = FieldDef.builder("resp.null", "Null", NONE).build();
    public static final FieldDef REQUEST = FieldDef.builder("resp.request", "Request", BOOLEAN).build();
    public static final FieldDef RESPONSE = FieldDef.builder("resp.response", "Response", BOOLEAN).build();
    public static final FieldDef RESPONSE_TO = FieldDef.builder("resp.response_to", "Request in frame", FRAMENUM)
            .build();
    public static final FieldDef RESPONSE_IN = FieldDef.builder("resp.response_in", "Response in frame", FRAMENUM)
            .build();
    public static final FieldDef TIME = FieldDef.builder("resp.time", "Time since request", RELATIVE_TIME).build();

    /** Values deeper than this are refused: a hostile stream could otherwise nest arrays without end. */
    static final int MAX_DEPTH = 32;
    /** Bulk strings over this are refused (Redis's own proto-max-bulk-len default is 512 MB; we cap lower). */
    static final int MAX_BULK = 16 * 1024 * 1024;

    @Override
    public String name() {
        return "resp";
    }

    @Override
    public void register(Registrar r) {
        r.fields(RESP, TYPE, COMMAND, ARGS, STRING_V, INTEGER, ERROR, BULK_LENGTH, ARRAY_LENGTH, NULL, REQUEST,
                RESPONSE, RESPONSE_TO, RESPONSE_IN, TIME);
        r.dissector("resp", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(TcpModule.PORT_TABLE).add(PORT, "resp", this::dissect);
    }

    /** Requests of each stream waiting for their response: frame number and time, oldest first. */
    static final class Pending {
        final Map<Integer, ArrayDeque<long[]>> byStream = new HashMap<>();
        /** request frame → response frame, learnt when the response is seen (for a second pass). */
        final Map<Long, Long> responseIn = new HashMap<>();
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        TcpInfo tcp = ctx.get(TcpInfo.class);
        int first = tvb.capturedLength() > 0 ? tvb.u8(0) : -1;
        if (!TYPES.containsKey((long) first)) {
            // not the start of a RESP value (a lost segment, say): leave it to "data"
            return 0;
        }
        int end;
        try {
            end = Scanner.skip(tvb, 0, 0);
        } catch (BoundsException e) {
            end = -1;
        }
        if (end < 0) {
            if (tcp != null) {
                tcp.requestMore(0, TcpInfo.ONE_MORE_SEGMENT);
                return tvb.capturedLength();
            }
            end = tvb.capturedLength();
        }
        ctx.setCurrentProto("RESP");
        ctx.addProtocol("resp");
        boolean request = tcp != null && tcp.dstPort == PORT;
        ProtoNode resp = parent.addItem(RESP, tvb, 0, end);
        resp.add(request ? REQUEST : RESPONSE, tvb, 0, 0, 1).hidden();
        String summary = value(tvb, 0, resp, request, 0);
        resp.label("Redis Serialization Protocol, " + (request ? "Request: " : "Response: ") + summary);
        pair(ctx, tvb, resp, request, tcp);
        return end;
    }

    private static void pair(PacketContext ctx, ByteView tvb, ProtoNode resp, boolean request, TcpInfo tcp) {
        if (tcp == null) {
            return;
        }
        Pending p = ctx.session().get(Pending.class, Pending::new);
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        ArrayDeque<long[]> q = p.byStream.computeIfAbsent(tcp.stream, k -> new ArrayDeque<>());
        if (request) {
            if (q.size() < 10_000) {
                q.addLast(new long[] {ctx.frameNumber(), now});
            }
            Long in = p.responseIn.get(ctx.frameNumber());
            if (in != null) {
                resp.add(RESPONSE_IN, tvb, 0, 0, in).generated();
            }
        } else {
            long[] req = q.pollFirst();
            if (req != null) {
                resp.add(RESPONSE_TO, tvb, 0, 0, req[0]).generated();
                resp.add(TIME, tvb, 0, 0, now - req[1]).generated();
                p.responseIn.putIfAbsent(req[0], ctx.frameNumber());
            }
        }
    }

    /** Adds the value at {@code off} to {@code parent}; returns a one-line summary. */
    private static String value(ByteView tvb, int off, ProtoNode parent, boolean request, int depth) {
        int type = tvb.u8(off);
        int lineEnd = Scanner.lineEnd(tvb, off);
        String line = tvb.latin1(off + 1, lineEnd - off - 1);
        switch (type) {
            case '+' -> {
                ProtoNode n = parent.addItem(TYPE, tvb, off, lineEnd + 2 - off);
                n.setValue(type).label("Simple String: " + line);
                n.addObj(STRING_V, tvb, off + 1, line.length(), line);
                return line;
            }
            case '-' -> {
                ProtoNode n = parent.add(TYPE, tvb, off, lineEnd + 2 - off, type).label("Error: " + line);
                n.addObj(ERROR, tvb, off + 1, line.length(), line);
                return "-" + line;
            }
            case ':' -> {
                long v = Long.parseLong(line.trim());
                ProtoNode n = parent.add(TYPE, tvb, off, lineEnd + 2 - off, type).label("Integer: " + v);
                n.add(INTEGER, tvb, off + 1, line.length(), v);
                return Long.toString(v);
            }
            case '$' -> {
                int len = Integer.parseInt(line.trim());
                if (len < 0) {
                    ProtoNode n = parent.add(TYPE, tvb, off, lineEnd + 2 - off, type).label("Bulk String: (nil)");
                    n.addItem(NULL, tvb, off, lineEnd + 2 - off).label("Null bulk string");
                    return "(nil)";
                }
                int data = lineEnd + 2;
                String s = tvb.latin1(data, len);
                ProtoNode n = parent.add(TYPE, tvb, off, data + len + 2 - off, type)
                        .label("Bulk String (" + len + " bytes): " + abbreviate(s));
                n.add(BULK_LENGTH, tvb, off + 1, line.length(), len);
                n.addObj(STRING_V, tvb, data, len, s);
                return "\"" + abbreviate(s) + "\"";
            }
            default -> {
                int count = Integer.parseInt(line.trim());
                int end = Scanner.skip(tvb, off, 0);
                ProtoNode n = parent.add(TYPE, tvb, off, end - off, type)
                        .label("Array (" + Math.max(count, 0) + " element" + (count == 1 ? "" : "s") + ")");
                n.add(ARRAY_LENGTH, tvb, off + 1, line.length(), count);
                if (count < 0) {
                    n.addItem(NULL, tvb, off, lineEnd + 2 - off).label("Null array");
                    return "(nil)";
                }
                int p = lineEnd + 2;
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    int elemEnd = Scanner.skip(tvb, p, depth + 1);
                    if (request && depth == 0 && tvb.u8(p) == '$') {
                        String word = bulk(tvb, p);
                        if (i == 0) {
                            n.addObj(COMMAND, tvb, p, elemEnd - p, word.toUpperCase(Locale.ROOT));
                        } else {
                            n.addObj(ARGS, tvb, p, elemEnd - p, word);
                        }
                    }
                    String s = value(tvb, p, n, request, depth + 1);
                    if (i < 4) {
                        sb.append(i == 0 ? "" : " ").append(s);
                    } else if (i == 4) {
                        sb.append(" …");
                    }
                    p = elemEnd;
                }
                return request && depth == 0 ? sb.toString().replace("\"", "") : "[" + sb + "]";
            }
        }
    }

    private static String bulk(ByteView tvb, int off) {
        int lineEnd = Scanner.lineEnd(tvb, off);
        int len = Integer.parseInt(tvb.latin1(off + 1, lineEnd - off - 1).trim());
        return len < 0 ? "" : tvb.latin1(lineEnd + 2, len);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
