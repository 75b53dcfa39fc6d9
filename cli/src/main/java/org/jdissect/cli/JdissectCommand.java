package org.jdissect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.FrameTally;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.cli.stats.HttpObjects;
import org.jdissect.cli.stats.Statistic;
import org.jdissect.cli.stats.Statistics;
import org.jdissect.cli.stats.Tap;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.live.LiveCaptureException;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.OutputMode;
import org.jdissect.output.PacketPrinter;
import org.jdissect.output.TcpdumpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jdissect}: read a capture, dissect it, print it as tcpdump or tshark would. */
@Command(name = "jdissect", versionProvider = JdissectCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Dissect packet captures with Wireshark's fields and filters and tcpdump's text output.",
        subcommands = {FieldsCommand.class, ProtocolsCommand.class, PrefsCommand.class, ExpertCommand.class, CheckFilterCommand.class,
            org.jdissect.cli.story.FollowCommand.class, org.jdissect.cli.story.ExplainCommand.class,
            org.jdissect.cli.story.DiffCommand.class},
        footer = {"", "Exit status: 0 ok, 1 capture read error, 2 usage or filter error, 3 -w write error,"
            + " 4 internal error, 130 interrupted while reading a file."})
public final class JdissectCommand implements Callable<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    CaptureIoOptions captureIo = new CaptureIoOptions();

    @Option(names = "-r", paramLabel = "FILE", description = "Read packets from FILE (pcap, pcapng, gzip'd; - for stdin).")
    String file;

    @Option(names = "--mmap", description = "Memory-map the capture file instead of reading it in heap windows.")
    boolean mmap;

    @Option(names = "-2", description = "tshark's two-pass analysis: read the file once to learn what only later "
            + "packets tell (a request's response, a stream's final completeness, the frame that reassembles a "
            + "segment's PDU), then dissect and print it with that known. Not for standard input or live capture.")
    boolean twoPass;

    @Option(names = "-c", paramLabel = "N",
            description = "Stop after N packets: read (tshark's outputs: -T, -V, --count) or printed (tcpdump's).")
    long count = -1;

    @Option(names = {"-Y", "--display-filter"}, paramLabel = "FILTER",
            description = "Wireshark display filter: print only the packets it matches.")
    String displayFilter;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "FILTER",
            description = "Words after the options: the display filter, when -Y is not given.")
    List<String> trailingFilter = new ArrayList<>();

    @Option(names = "-T", paramLabel = "FORMAT", description = "tshark output format: fields, json, ek, pdml, psml, text.")
    String format;

    @Option(names = "--field", paramLabel = "FIELD", description = "With -T fields: a field to print (tshark's -e).")
    List<String> fields = new ArrayList<>();

    @Option(names = "-E", paramLabel = "OPT=VAL",
            description = "With -T fields: header=y|n, separator=/t|/s|C, occurrence=f|l|a, aggregator=C, quote=d|s|n.")
    List<String> fieldOptions = new ArrayList<>();

    @Option(names = "--count",
            description = "Dissect every packet (applying -Y), print only how many there were, as tshark -q counts.")
    boolean countOnly;

    @Option(names = "-V", description = "Print the protocol tree as tshark -V.")
    boolean tree;

    @Option(names = "-O", paramLabel = "PROTOCOLS", description = {"tshark: in the -V tree (implied), expand only "
        + "these protocols (comma-separated filter names, e.g. ip,http); the others show their summary line."})
    String expandOnly;

    // repeatable like tcpdump's (-ee adds nothing for the link types printed here)
    @Option(names = "-e", description = "tcpdump: print the link-level header.")
    boolean[] linkHeader = new boolean[0];

    @Option(names = "-n", description = "tcpdump: don't convert addresses (always in effect; -nn also ports).")
    boolean[] numeric = new boolean[0];

    @Option(names = "-v", description = "tcpdump: more verbose (-vv, -vvv).")
    boolean[] verbose = new boolean[0];

    @Option(names = "-x", description = "tcpdump: hex dump of each packet (-xx from the link layer); with -T json, "
            + "each field's raw bytes, offset, length, mask and type (tshark's \"_raw\" members); with -V (or -O) or "
            + "-T text, tshark's packet bytes, each data source (reassembled, de-chunked…), after the tree or alone.")
    boolean[] hex = new boolean[0];

    @Option(names = "-X", description = "tcpdump: hex and ASCII dump (-XX from the link layer).")
    boolean[] hexAscii = new boolean[0];

    @Option(names = "-t", description = "tcpdump: timestamp style (-t none … -ttttt).")
    boolean[] timestamps = new boolean[0];

    @Option(names = "--time-format", paramLabel = "FORMAT",
            description = "tshark's -t FORMAT (given as -t a, -t ad…): the summary's Time column: r (since the first "
                    + "packet), a, ad, adoy (local clock), u, ud, udoy (UTC), e (epoch), d, dd (since the previous "
                    + "captured, displayed packet).")
    String timeFormat;

    @Option(names = "--export-objects", paramLabel = "http,DIR",
            description = "tshark's: save every HTTP body (de-chunked, uncompressed) as a file in DIR, named after its "
                    + "request URI, after the packets.")
    List<String> exportObjects = new ArrayList<>();

    @Option(names = "-z", paramLabel = "STATISTIC",
            description = "tshark's statistics, drawn after the packets (repeatable): io,phs[,FILTER] … (with -q only "
                    + "the statistics are printed; see the README).")
    List<String> statistics = new ArrayList<>();

    @Option(names = "-q", description = "tcpdump: quiet, less protocol information; with -z, tshark's: no packets "
            + "(unless -V, -O or -T asks for them).")
    boolean[] quiet = new boolean[0];

    @Option(names = "-A", description = "tcpdump: print each packet in ASCII (-AA from the link layer).")
    boolean[] asciiDump = new boolean[0];

    @Option(names = {"-#", "--number"}, description = "tcpdump: print a packet number at the start of the line.")
    boolean number;

    @Option(names = "-S", description = "tcpdump: absolute TCP sequence numbers.")
    boolean absoluteSeq;

    @Option(names = "-K", description = "tcpdump: don't verify IP and TCP checksums.")
    boolean noChecksum;

    @Option(names = "--nano", description = "tcpdump: timestamps with nanosecond precision.")
    boolean nano;

    @Option(names = "--micro", description = "tcpdump: timestamps with microsecond precision (the default).")
    boolean micro;

    @Option(names = "--annotate",
            description = "Under each hex row (-X, -XX, or -V), name the fields whose bytes start there, with values.")
    boolean annotate;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour annotations: auto (when stdout is a terminal), always, never.")
    String color;

    JdissectCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (expandOnly != null) {
            tree = true; // as tshark's -O sets print_details
        }
        if (captureIo.listInterfaces) {
            return captureIo.listInterfaces(out, err);
        }
        if (twoPass && captureIo.live()) {
            err.println("jdissect: Live captures do not support two-pass analysis.");
            return ExitCode.USAGE;
        }
        if (twoPass && "-".equals(file)) {
            err.println("jdissect: The standard input is a pipe or FIFO; jdissect can't read pipe or FIFO files in "
                    + "two-pass mode.");
            return ExitCode.USAGE;
        }
        String sourceProblem = captureIo.validate(file);
        if (sourceProblem != null) {
            err.println("jdissect: " + sourceProblem);
            return ExitCode.USAGE;
        }
        Engine engine;
        try {
            engine = engineOptions.build(err);
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return ExitCode.USAGE;
        }
        CompiledFilter filter = null;
        if (displayFilter == null && !trailingFilter.isEmpty()) {
            displayFilter = String.join(" ", trailingFilter);
        } else if (displayFilter != null && !trailingFilter.isEmpty()) {
            err.println("jdissect: a display filter was given with -Y and as words (" + String.join(" ", trailingFilter)
                    + "); give one");
            return ExitCode.USAGE;
        }
        if (displayFilter != null) {
            try {
                filter = DisplayFilter.compile(displayFilter, engine.registry(), engine.limits());
            } catch (DisplayFilterException e) {
                err.println("jdissect: " + e.render());
                return ExitCode.USAGE;
            }
        }
        List<Tap> taps = new ArrayList<>();
        Statistics.Filters tapFilters = text -> DisplayFilter.compile(text, engine.registry(), engine.limits());
        for (String arg : statistics) {
            try {
                taps.add(Statistics.parse(arg, tapFilters, timeFormat()));
            } catch (Statistics.BadArgument e) {
                err.println("jdissect: " + e.getMessage());
                return ExitCode.USAGE;
            } catch (DisplayFilterException e) {
                err.println("jdissect: -z " + arg + ": " + e.render());
                return ExitCode.USAGE;
            }
        }
        for (String arg : exportObjects) {
            String dir = HttpObjects.directory(arg);
            if (dir == null || exportObjects.size() > 1) {
                err.println("jdissect: \"--export-objects\" is given once, as http,DIR: jdissect exports HTTP "
                        + "objects only");
                return ExitCode.USAGE;
            }
            try {
                taps.add(new Tap(new HttpObjects(java.nio.file.Path.of(dir), tapFilters), null));
            } catch (DisplayFilterException e) {
                throw new IllegalStateException("HTTP's fields are missing", e);
            }
        }
        // how tshark would build the trees its taps read (see Statistic.treeShape)
        boolean treeShown = tree || "fields".equals(format) || wholeTree();
        boolean frameShown = treeShown || namesFrame(filter) || taps.stream().anyMatch(t -> namesFrame(t.filter())
                || t.statistic().filterFields().stream().anyMatch(JdissectCommand::isFrameField));
        Set<String> primed = new java.util.HashSet<>();
        if (filter != null) {
            filter.fields().forEach(d -> primed.add(d.abbrev()));
        }
        for (Tap t : taps) {
            if (t.filter() != null) {
                t.filter().fields().forEach(d -> primed.add(d.abbrev()));
            }
            t.statistic().filterFields().forEach(d -> primed.add(d.abbrev()));
        }
        for (Tap t : taps) {
            t.statistic().treeShape(treeShown, frameShown);
            t.statistic().primedFields(primed);
            t.statistic().source(file, numeric.length == 0);
        }
        if (countOnly && filter == null && taps.isEmpty() && count < 0 && !captureIo.live() && !captureIo.writing()
                && file != null
                && !"-".equals(file)) {
            Optional<FrameTally> tally = tally(Path.of(file));
            if (tally.isPresent()) {
                out.println(tally.get().frames() + " packets");
                out.flush();
                return ExitCode.OK;
            }
        }
        PacketPrinter printer;
        RenderAhead ahead = null;
        try {
            // with -z the tool is tshark: -q prints the statistics alone, and no other format its summary lines; -V,
            // -O and -T still print the packets (they set tshark's print_packet_info whatever -q says)
            boolean statsOnly = !taps.isEmpty() && quiet.length > 0 && !countOnly && !tree && format == null;
            OutputMode mode = countOnly || statsOnly ? null
                    : !taps.isEmpty() && format == null && !tree ? summary() : outputMode();
            if (taps.stream().anyMatch(t -> t.statistic().writesInfoColumn()) && !printsInfo(mode)) {
                err.println("jdissect: " + org.jdissect.cli.stats.ColumnInfo.NO_INFO);
                return ExitCode.USAGE;
            }
            PacketPrinter shown = countOnly ? counter()
                    : statsOnly ? new Silent() : mode.printer(engine.registry(), out);
            printer = captureIo.output(shown);
            if (printer == shown && mode != null && RenderAhead.perPacket(mode)) {
                ahead = new RenderAhead(mode, engine.registry(), out);
            }
        } catch (IllegalArgumentException e) {
            err.println("jdissect: " + e.getMessage());
            return ExitCode.USAGE;
        }
        return read(engine, printer, ahead, filter, taps);
    }

    /**
     * A plain count of a plain pcap file: framed on every core at once (Captures.tally), since nothing needs the
     * packets in order; empty for anything else, and for a file the reader would stop on (the reader then reports it).
     */
    private static Optional<FrameTally> tally(Path path) {
        try {
            return Captures.tally(path);
        } catch (IOException e) {
            return Optional.empty(); // the reader's path says what is wrong with the file
        }
    }

    private PacketPrinter counter() {
        return new PacketPrinter() {
            private long n;

            @Override
            public void packet(PacketContext ctx) {
                n++;
            }

            @Override
            public void finish() {
                out.println(n + " packets");
            }

            @Override
            public boolean readsTree() {
                return false;
            }

            @Override
            public Collection<FieldDef> fieldsRead() {
                return List.of(); // with a filter, only the filter's fields
            }
        };
    }

    /** Whether a filter names the frame or one of its fields (which makes packet-frame.c build its item). */
    private static boolean namesFrame(CompiledFilter f) {
        return f != null && f.fields().stream().anyMatch(JdissectCommand::isFrameField);
    }

    private static boolean isFrameField(FieldDef d) {
        return d.abbrev().equals("frame") || d.abbrev().startsWith("frame.");
    }

    /** Prints nothing and reads nothing: {@code -q -z}, where only the statistics are shown. */
    private static final class Silent implements PacketPrinter {
        @Override
        public void packet(PacketContext ctx) {
        }

        @Override
        public boolean readsTree() {
            return false;
        }

        @Override
        public Collection<FieldDef> fieldsRead() {
            return List.of();
        }
    }

    /**
     * Whether the packets are printed with their Info column (tshark fills its columns then): summary lines, PSML,
     * or fields naming a column.
     */
    private boolean printsInfo(OutputMode mode) {
        if (mode == null || (captureIo.writing() && !captureIo.alsoPrint)) {
            return false;
        }
        List<String> names = mode instanceof OutputMode.Fields f ? f.names()
                : mode instanceof OutputMode.JsonFields f ? f.names()
                : mode instanceof OutputMode.EkFields f ? f.names() : List.of();
        return mode instanceof OutputMode.Summary || mode instanceof OutputMode.Psml
                || names.stream().anyMatch(n -> n.startsWith("_ws.col."));
    }

    /**
     * Whether the format prints every item of the tree, labels included (tshark builds the whole visible tree for
     * them, which some dissectors notice).
     */
    private boolean wholeTree() {
        return "json".equals(format) || "ek".equals(format) || "pdml".equals(format);
    }

    /** tshark's -E settings, with the Time column -t asked for (-e _ws.col.Time). */
    private FieldsOptions fieldsOptions() {
        return FieldsOptions.parse(fieldOptions).withTimeFormat(timeFormat());
    }

    /** tshark's summary lines, with the Time column -t asked for. */
    private OutputMode summary() {
        return OutputMode.summary(timeFormat());
    }

    /** The Time column tshark's -t asked for; the time since the first packet without one. */
    private org.jdissect.output.TimeFormat timeFormat() {
        if (timeFormat == null) {
            return org.jdissect.output.TimeFormat.RELATIVE;
        }
        org.jdissect.output.TimeFormat f = org.jdissect.output.TimeFormat.named(timeFormat);
        if (f == null) {
            throw new IllegalArgumentException("Invalid time stamp type \"" + timeFormat + "\"; it must be one of:\n"
                    + org.jdissect.output.TimeFormat.LIST);
        }
        return f;
    }

    /** The output mode the flags choose: -T picks tshark's formats, -V the tree, otherwise tcpdump's text. */
    private OutputMode outputMode() {
        if ("fields".equals(format)) {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("-T fields was specified, but no fields were specified with -e");
            }
            return OutputMode.fields(fields, fieldsOptions());
        }
        if ("json".equals(format)) {
            // tshark's -x: the "_raw" members; -e: only the named fields
            return fields.isEmpty() ? OutputMode.json(hex.length > 0)
                    : OutputMode.jsonFields(fields, fieldsOptions());
        }
        if ("ek".equals(format)) {
            return fields.isEmpty() ? OutputMode.ek() : OutputMode.ekFields(fields, fieldsOptions());
        }
        if ("pdml".equals(format)) {
            return OutputMode.pdml(file);
        }
        if ("psml".equals(format)) {
            return OutputMode.psml(timeFormat());
        }
        if (format != null && !"text".equals(format)) {
            throw new IllegalArgumentException("invalid -T parameter \"" + format + "\"");
        }
        if (tree) {
            // -V --annotate: the tree, then the whole frame as annotated hex
            // tshark's -x with its tree: the packet's bytes after it
            return new OutputMode.Tree(annotate, annotate && TcpdumpOptions.color(color),
                    expandOnly == null ? null : java.util.Set.of(expandOnly.split(",", -1)), hex.length > 0);
        }
        if (format != null) {
            // -T text -x: tshark prints the bytes alone, without the summary line
            return hex.length > 0 ? OutputMode.bytes() : summary();
        }
        if (timeFormat != null) {
            return summary(); // tshark's -t FORMAT: tshark's lines, with that Time column
        }
        return OutputMode.tcpdump(new TcpdumpOptions(numeric.length, linkHeader.length > 0, verbose.length, hex.length,
                hexAscii.length, asciiDump.length, quiet.length, timestamps.length, number, absoluteSeq, noChecksum,
                nano && !micro, TcpdumpOptions.localZone(), annotate, TcpdumpOptions.color(color)));
    }

    /**
     * Whether files are read and dissected on one thread and printed on another ({@link PrintPipeline}); the
     * property {@code jdissect.pipeline=false} keeps everything on one thread.
     */
    static boolean pipelined() {
        return !"false".equals(System.getProperty("jdissect.pipeline"));
    }

    private int read(Engine engine, PacketPrinter printer, RenderAhead ahead, CompiledFilter filter, List<Tap> taps) {
        Progress progress = Progress.forStderr(err);
        Dissection d = engine.newDissection();
        long n = 0;
        try (CaptureReader reader = captureIo.open(file, out, err,
                mmap ? Captures.ReadMode.MAPPED : Captures.ReadMode.WINDOWED, engine.limits())) {
            configure(d, engine, printer, filter, taps);
            // nothing reads the tree (a count, -w without a filter): frame the packets, as tshark -q does
            boolean frameOnly = filter == null && !printer.readsTree() && taps.isEmpty();
            if (twoPass && !frameOnly) {
                // (packets only framed, a count or a copy, are the same in either pass: one is enough)
                d.secondPassOf(firstPass(engine, printer, filter, taps));
            }
            FrameModule.captureFile(d.session(), reader);
            long read = 0;
            PrintPipeline pipe = new PrintPipeline(d, printer, !captureIo.live() && pipelined(), frameOnly, ahead);
            try {
                // a packet waits for its batch to fill at most four windows behind the reading (the reader keeps
                // eight for reuse), so a rarely matching filter does not pin the memory read after it
                long hold = 4 * Captures.windowBytes();
                long at = 0; // the file offset of the latest record
                // -c counts what the tool whose output this is counts: tshark the packets read, shown or not
                // (its manual: "This includes any packets that do not pass the display filter"), tcpdump the
                // packets its filter matched
                boolean countRead = format != null || tree || countOnly || !taps.isEmpty();
                while (count < 0 || (countRead ? read : n) < count) {
                    pipe.handOverOlderThan(at - hold);
                    // the memory of packets that are done (printed, or not submitted) may hold the next ones
                    reader.recycleBefore(pipe.oldestInFlight());
                    if (!reader.next(pipe.record())) {
                        break;
                    }
                    PacketRecord rec = pipe.record();
                    at = rec.fileOffset();
                    PacketContext ctx = frameOnly ? d.skip(rec, pipe.context()) : d.dissect(rec, pipe.context());
                    progress.tick(++read);
                    for (int i = taps.size() - 1; i >= 0; i--) {
                        // tshark's taps see every packet, whatever -Y shows, the last registered first
                        taps.get(i).packet(ctx);
                    }
                    if (filter != null && !filter.test(ctx.tree())) {
                        ctx.notDisplayed();
                        continue;
                    }
                    pipe.submit();
                    n++;
                }
                pipe.finish();
            } finally {
                // on any way out (a read error too) the packets handed over are printed (and written) before the
                // reader closes, which completes a -w file; idempotent after finish()
                pipe.close();
            }
            printer.finish();
            drawStatistics(taps);
            out.flush();
            progress.done();
        } catch (CaptureFileOutput.WriteFailure e) {
            out.flush();
            progress.done();
            err.println("jdissect: " + e.getMessage());
            return ExitCode.WRITE_ERROR;
        } catch (CaptureException e) {
            finishDocument(printer);
            drawStatistics(taps); // as tshark, what was read is counted (a capture cut short)
            out.flush();
            progress.done();
            err.println("jdissect: " + e.getMessage());
            return ExitCode.READ_ERROR;
        } catch (IOException e) {
            drawStatistics(taps);
            out.flush();
            progress.done();
            err.println("jdissect: " + (file == null || e instanceof LiveCaptureException ? "" : file + ": ")
                    + e.getMessage());
            return ExitCode.READ_ERROR;
        } finally {
            // after the printing thread: the tcpdump printer counts its own table's hits
            EngineOptions.reportLimits(err, d.limitHits(), engine.limits());
        }
        if (captureIo.interrupted()) {
            err.println("jdissect: interrupted after " + n + " packets"
                    + (captureIo.writing() ? "; the -w file holds them" : ""));
            return ExitCode.INTERRUPTED;
        }
        return ExitCode.OK;
    }

    /**
     * Sets what {@code d} builds of each packet for {@code printer}, {@code filter} and {@code taps}: the fields read,
     * labels or not, a tree or none. Both passes of -2 are set alike, so the first takes the same paths as the second.
     */
    private void configure(Dissection d, Engine engine, PacketPrinter printer, CompiledFilter filter,
                           List<Tap> taps) {
        // only the tree printers (-V, JSON) show labels; the others print values, so skip building the text
        Collection<FieldDef> keep = printer.readsTree() || taps.isEmpty() ? printer.fieldsRead() : Set.of();
        // a protocol's column is the text its dissector gave it ("Transmission Control Protocol, Src Port: …")
        boolean protocolColumns = "fields".equals(format) && keep != null
                && keep.stream().anyMatch(f -> f.type() == org.jdissect.api.field.FieldType.PROTOCOL);
        d.labels(tree || annotate || wholeTree() || protocolColumns);
        if (keep != null && filter != null) {
            Set<FieldDef> both = new LinkedHashSet<>(keep);
            both.addAll(filter.fields());
            keep = both;
        }
        for (Tap t : taps) {
            Collection<FieldDef> more = t.fieldsRead(engine.registry());
            if (keep == null || more == null) {
                keep = null;
            } else {
                Set<FieldDef> both = new LinkedHashSet<>(keep);
                both.addAll(more);
                keep = both;
            }
        }
        d.keepOnly(keep);
        d.keepTopLevel(taps.stream().anyMatch(t -> t.statistic().readsTopLevel()));
        // tshark's plain summary builds no tree at all, which a few dissectors notice (see PacketContext); nor do
        // -q and the statistics that need none (Statistic.needsProtoTree)
        d.treeless((printer instanceof org.jdissect.output.print.SummaryPrinter
                || printer instanceof org.jdissect.output.print.PsmlPrinter || printer instanceof Silent)
                && filter == null && taps.stream().noneMatch(Tap::needsProtoTree));
    }

    /**
     * The first pass of -2: every packet the second will read (as many as -c lets tshark read), dissected as the
     * second will dissect them, nothing printed, so that protocols note what the second pass shows ahead of time. A
     * file that cannot be read to its end is read as far as it can; the second pass reports the error.
     */
    private Dissection firstPass(Engine engine, PacketPrinter printer, CompiledFilter filter, List<Tap> taps)
            throws IOException {
        Dissection first = engine.newDissection().firstOfTwo();
        configure(first, engine, printer, filter, taps);
        // no tree is read: the lazy dissection's state pass alone, which notes what the second pass needs as the
        // trees it keeps would (LazyTreeParityTest; the -2 oracles compare the result with tshark)
        first.labels(false).lazyTrees();
        // the file alone: not the -w output, which the second pass writes
        try (CaptureReader reader = Captures.open(Path.of(file),
                mmap ? Captures.ReadMode.MAPPED : Captures.ReadMode.WINDOWED, engine.limits())) {
            FrameModule.captureFile(first.session(), reader);
            PacketRecord rec = new PacketRecord();
            long read = 0;
            while ((count < 0 || read < count) && reader.next(rec)) {
                first.dissect(rec);
                first.settle();
                read++;
                reader.recycleBefore(Long.MAX_VALUE);
            }
        } catch (CaptureException e) {
            // the second pass stops at the same place and says why
        }
        return first;
    }

        /**
     * After a capture cut short, tshark still ends the document it was writing (JSON's "]", PDML's and PSML's closing
     * tags) and EK's last line: the packets read stay a whole document.
     */
    private void finishDocument(PacketPrinter printer) {
        boolean document = "json".equals(format) || "ek".equals(format) || "pdml".equals(format)
                || "psml".equals(format);
        if (!document || captureIo.writing()) {
            return;
        }
        try {
            printer.finish();
        } catch (IOException e) {
            err.println("jdissect: " + e.getMessage());
        }
    }

    /** The statistics' tables, the last given first (tshark's listeners are a list each new one is put in front of). */
    private void drawStatistics(List<Tap> taps) {
        for (int i = taps.size() - 1; i >= 0; i--) {
            Statistic st = taps.get(i).statistic();
            st.print(out);
            if (st instanceof HttpObjects objects) {
                objects.errors().forEach(m -> err.println("jdissect: --export-objects: " + m));
            }
        }
    }

    /** A printer failed on one packet: a bug, reported with the frame that triggered it (see {@link Main}). */
    static final class PacketFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PacketFailure(long frame, RuntimeException cause) {
            super("while printing frame " + frame + ": " + cause, cause);
        }
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = JdissectCommand.class.getResourceAsStream("/jdissect-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"jdissect " + p.getProperty("version", "unknown")};
        }
    }
}
