package org.jdissect.spark;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.unsafe.types.UTF8String;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;

/**
 * Reads one partition: one capture reader, one {@link Dissection} (so TCP streams, reassembly and HTTP pairing
 * work as in the CLI within the partition), the display filter tested on each dissected tree, and a row built only
 * for packets that pass, by one walk of the tree collecting the required fields.
 *
 * <p>In a split of a large pcap file that does not start at the file's beginning, the dissection starts with empty
 * state: streams already open are seen from the middle (no handshake, so relative sequence numbers, analysis flags
 * and reassembly of PDUs begun earlier are lost, and {@code tcp.stream} numbers count from 0 in the split). Rows of
 * TCP streams whose first packet in the split is not a SYN are marked {@code _partial_state = true}.
 */
final class CapturePartitionReader implements PartitionReader<InternalRow> {
    private final CaptureReader reader;
    private final Dissection dissection;
    private final CompiledFilter filter;
    private final PacketRecord rec = new PacketRecord();
    private final String file;
    private final boolean midFile;
    private final boolean numbered;
    private final int width;
    private final int frameSlot;
    private final int fileSlot;
    private final int partialSlot;
    /** For each required field: its output slots; presence columns and arrays are handled per slot. */
    private final Map<FieldDef, int[]> slots = new IdentityHashMap<>();
    private final FieldType[] types;
    private final boolean[] arrays;
    private final boolean[] presence;
    private final List<List<Object>> multi = new ArrayList<>();
    private final FieldDef tcpStream;
    private final FieldDef tcpSyn;
    private final FieldDef tcpAck;
    private final Map<Long, Boolean> streamSeenFromStart = new HashMap<>();
    private Object[] values;
    private long packets;
    private long rows;
    private boolean done;

    CapturePartitionReader(CaptureReaderFactory f, CapturePartition p) throws IOException {
        Engine engine = Engines.get(f.options.plugins());
        this.dissection = engine.newDissection();
        this.filter = f.displayFilter.isBlank() ? null : DisplayFilter.compile(f.displayFilter, engine.registry());
        this.file = p.path();
        Path path = new Path(p.path());
        FileSystem fs = path.getFileSystem(f.conf.get());
        String scheme = path.toUri().getScheme();
        java.nio.file.Path local = scheme == null || scheme.equals("file")
                ? new File(path.toUri().getPath()).toPath() : null;
        if (p.split()) {
            RangeSource src = local != null ? RangeSource.mapped(local)
                    : RangeSource.hadoop(fs.open(path), fs.getFileStatus(path).getLen());
            SplitPcapReader r;
            try {
                r = new SplitPcapReader(src, p.path(), p.start(), p.end(), f.options.exactFrameNumbers());
            } catch (IOException | RuntimeException e) {
                src.close();
                throw e;
            }
            this.reader = r;
            this.numbered = r.numbersExact();
        } else {
            // whole files: a local one is memory-mapped (zero-copy); others, and gzip, are streamed
            this.reader = local != null ? Captures.open(local) : Captures.open(fs.open(path), p.path());
            this.numbered = true;
        }
        this.midFile = p.start() > PcapLayout.HEADER;

        StructField[] out = f.required.fields();
        this.width = out.length;
        this.types = new FieldType[width];
        this.arrays = new boolean[width];
        this.presence = new boolean[width];
        int frame = -1;
        int fileAt = -1;
        int partial = -1;
        Map<String, Columns.Col> byName = new HashMap<>();
        for (Columns.Col c : f.cols) {
            byName.put(c.name(), c);
        }
        for (int i = 0; i < width; i++) {
            String n = out[i].name();
            multi.add(null);
            switch (n) {
                case Columns.FRAME_NUMBER -> frame = i;
                case Columns.FILE -> fileAt = i;
                case Columns.PARTIAL -> partial = i;
                default -> {
                    Columns.Col c = byName.get(n);
                    FieldDef d = engine.registry().get(n);
                    types[i] = c.type();
                    arrays[i] = c.array();
                    presence[i] = c.type() == FieldType.NONE || c.type() == FieldType.PROTOCOL;
                    if (arrays[i]) {
                        multi.set(i, new ArrayList<>());
                    }
                    int[] old = slots.get(d);
                    int[] now = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
                    now[now.length - 1] = i;
                    slots.put(d, now);
                }
            }
        }
        this.frameSlot = frame;
        this.fileSlot = fileAt;
        this.partialSlot = partial;
        this.tcpStream = midFile && partial >= 0 ? engine.registry().find("tcp.stream").orElse(null) : null;
        this.tcpSyn = engine.registry().find("tcp.flags.syn").orElse(null);
        this.tcpAck = engine.registry().find("tcp.flags.ack").orElse(null);
    }

    @Override
    public boolean next() throws IOException {
        while (!done) {
            boolean more;
            try {
                more = reader.next(rec);
            } catch (CaptureException e) {
                // a file cut short: every whole packet was delivered, as the CLI does; say so and end the partition
                System.err.println("jdissect: " + e.getMessage());
                more = false;
            }
            if (!more) {
                done = true;
                return false;
            }
            PacketContext ctx = dissection.dissect(rec);
            packets++;
            boolean partial = tcpStream != null && partial(ctx.tree());
            if (filter != null && !filter.test(ctx.tree())) {
                ctx.notDisplayed(); // frame.time_delta_displayed counts from rows kept only
                continue;
            }
            build(ctx, partial);
            rows++;
            return true;
        }
        return false;
    }

    /** Whether this packet's TCP stream was already open when the split began (its first packet here is no SYN). */
    private boolean partial(ProtoTree tree) {
        ProtoNode s = tree.find(tcpStream);
        if (s == null) {
            return false;
        }
        Boolean fromStart = streamSeenFromStart.get(s.num());
        if (fromStart == null) {
            ProtoNode syn = tree.find(tcpSyn);
            ProtoNode ack = tree.find(tcpAck);
            fromStart = syn != null && syn.num() != 0 && (ack == null || ack.num() == 0);
            streamSeenFromStart.put(s.num(), fromStart);
        }
        return !fromStart;
    }

    private void build(PacketContext ctx, boolean partial) {
        values = new Object[width];
        for (List<Object> m : multi) {
            if (m != null) {
                m.clear();
            }
        }
        if (!slots.isEmpty()) {
            collect(ctx.tree().root());
        }
        for (int i = 0; i < width; i++) {
            if (presence[i] && values[i] == null) {
                values[i] = Boolean.FALSE;
            } else if (arrays[i] && !multi.get(i).isEmpty()) {
                values[i] = new GenericArrayData(multi.get(i).toArray());
            }
        }
        if (frameSlot >= 0) {
            values[frameSlot] = numbered ? ctx.record().number() : null;
        }
        if (fileSlot >= 0) {
            values[fileSlot] = UTF8String.fromString(file);
        }
        if (partialSlot >= 0) {
            values[partialSlot] = partial;
        }
    }

    private void collect(ProtoNode n) {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            FieldDef d = c.def();
            if (d != null) {
                int[] at = slots.get(d);
                if (at != null) {
                    for (int i : at) {
                        if (arrays[i]) {
                            Object v = convert(c, types[i]);
                            if (v != null) {
                                multi.get(i).add(v);
                            }
                        } else if (values[i] == null) {
                            values[i] = convert(c, types[i]);
                        }
                    }
                }
            }
            if (c.hasChildren()) {
                collect(c);
            }
        }
    }

    /** A node's value as Spark's internal representation of the column type {@link Columns#type} gives it. */
    static Object convert(ProtoNode n, FieldType t) {
        return switch (t) {
            case NONE, PROTOCOL -> Boolean.TRUE;
            case BOOLEAN -> n.num() != 0;
            case UINT8, UINT16, UINT24, INT8, INT16, INT24, INT32 -> (int) n.num();
            case UINT32, UINT40, UINT48, UINT56, UINT64, INT40, INT48, INT56, INT64, FRAMENUM -> n.num();
            case FLOAT, DOUBLE -> n.obj() instanceof Number x ? x.doubleValue() : null;
            case RELATIVE_TIME -> n.num() / 1e9;
            case ABSOLUTE_TIME -> Math.floorDiv(n.num(), 1000L);
            case ETHER, IPV4 -> UTF8String.fromString(FieldFormat.value(n));
            case IPV6, EUI64, GUID -> n.obj() instanceof byte[] ? UTF8String.fromString(FieldFormat.value(n)) : null;
            case STRING -> n.obj() == null ? null : UTF8String.fromString(n.obj().toString());
            case BYTES -> n.obj() instanceof byte[] b ? b.clone() : n.source() == null ? null
                    : n.source().toArray(n.offset(), Math.max(0, Math.min(n.length(), n.source().remaining(n.offset()))));
        };
    }

    @Override
    public InternalRow get() {
        return new GenericInternalRow(values);
    }

    @Override
    public CustomTaskMetric[] currentMetricsValues() {
        return new CustomTaskMetric[] {new Metrics.Task(Metrics.PACKETS, packets), new Metrics.Task(Metrics.ROWS, rows)};
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
