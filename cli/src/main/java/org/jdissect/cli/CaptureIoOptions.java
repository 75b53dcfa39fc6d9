package org.jdissect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdissect.api.capture.CaptureFormat;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.InterfaceInfo;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.limits.Limits;
import org.jdissect.output.PacketPrinter;
import org.jdissect.live.InterruptStop;
import org.jdissect.live.LiveCapture;
import org.jdissect.live.LiveCaptureException;
import org.jdissect.live.LiveInterface;
import org.jdissect.live.LiveOptions;
import picocli.CommandLine.Option;

/**
 * Where packets come from and go to, besides the screen: tcpdump's {@code -D}, {@code -i} (with {@code -s -p -B
 * -f}) and {@code -w}/{@code -F}. The command asks this class for its packet source ({@link #open}) and lets it wrap
 * the printer ({@link #output}); all live-capture and writing logic stays here and in the modules it calls.
 */
public final class CaptureIoOptions {
    @Option(names = {"-D", "--list-interfaces"}, description = "List the interfaces live capture can use, and exit.")
    boolean listInterfaces;

    @Option(names = {"-i", "--interface"}, paramLabel = "IFACE",
            description = "Capture live on IFACE (a name or a number from -D), through libpcap.")
    String device;

    @Option(names = {"-s", "--snapshot-length"}, paramLabel = "SNAPLEN",
            description = "Live: keep at most SNAPLEN bytes of each packet (default and 0: 262144).")
    int snaplen;

    @Option(names = {"-p", "--no-promiscuous-mode"}, description = "Live: don't put the interface in promiscuous mode.")
    boolean noPromiscuous;

    @Option(names = {"-B", "--buffer-size"}, paramLabel = "KiB", description = "Live: kernel capture buffer size, in KiB.")
    int bufferKiB;

    @Option(names = {"-f"}, paramLabel = "EXPR",
            description = "Live: capture filter in tcpdump/BPF syntax (e.g. 'tcp port 80'), compiled by libpcap.")
    String captureFilter;

    @Option(names = {"-w"}, paramLabel = "FILE",
            description = "Write the packets (those -Y keeps) to FILE instead of printing them (- for stdout).")
    String writeFile;

    @Option(names = {"-F"}, paramLabel = "FORMAT", defaultValue = "pcap",
            description = "With -w: pcap (default, µs), pcap-nsec, or pcapng.")
    String writeFormat;

    @Option(names = {"-P", "--print"}, description = "With -w: print the packets as well (tshark's -P).")
    boolean alsoPrint;

    private CaptureFileOutput output;
    /** Set by SIGINT/SIGTERM while a file is read with -w: reading stops, the file is completed. */
    private volatile boolean stopRequested;

    boolean live() {
        return device != null;
    }

    /** -D: prints tcpdump's list and returns the exit status. */
    int listInterfaces(PrintWriter out, PrintWriter err) {
        try {
            List<LiveInterface> all = LiveInterface.list();
            for (LiveInterface i : all) {
                out.println(i.line());
            }
            out.flush();
            if (all.isEmpty()) {
                err.println("jdissect: no interfaces available for capture (capturing may need root or"
                        + " CAP_NET_RAW and CAP_NET_ADMIN)");
                return 1;
            }
            return 0;
        } catch (LiveCaptureException e) {
            err.println("jdissect: " + e.getMessage());
            return 1;
        }
    }

    /** Checks option combinations; returns an error message, or null when they make sense. */
    String validate(String file) {
        if (file != null && device != null) {
            return "-r and -i both given: read a file or capture live, not both";
        }
        if (file == null && device == null) {
            return "no capture given: use -r FILE, or -i INTERFACE to capture live (-D lists interfaces)";
        }
        if (device == null && (captureFilter != null || snaplen != 0 || noPromiscuous || bufferKiB != 0)) {
            return "-f, -s, -p and -B apply to live capture (-i)";
        }
        if (snaplen < 0 || bufferKiB < 0) {
            return "-s and -B take a non-negative number";
        }
        try {
            CaptureFormat.parse(writeFormat);
        } catch (IllegalArgumentException e) {
            return "-F: " + e.getMessage();
        }
        if (alsoPrint && writeFile == null) {
            return "--print applies with -w";
        }
        if (writeFile != null && file != null && sameFile(file, writeFile)) {
            return "-w " + writeFile + " is the capture being read (-r): write to another file";
        }
        return null;
    }

    /** Whether two names are one file (symbolic and hard links included), so -w never replaces its own input. */
    static boolean sameFile(String a, String b) {
        if ("-".equals(a) || "-".equals(b)) {
            return false;
        }
        Path pa = Path.of(a);
        Path pb = Path.of(b);
        try {
            if (Files.exists(pa) && Files.exists(pb)) {
                return Files.isSameFile(pa, pb);
            }
        } catch (IOException | SecurityException e) {
            // fall back to comparing names
        }
        return pa.toAbsolutePath().normalize().equals(pb.toAbsolutePath().normalize());
    }

    /** Whether -w is writing a capture file. */
    boolean writing() {
        return writeFile != null;
    }

    /** Whether a signal stopped reading a file (live capture's Ctrl-C is its normal end and does not count). */
    boolean interrupted() {
        return stopRequested;
    }

    /** The printer to use: -w's file writer (printing too with --print) or the given printer. */
    PacketPrinter output(PacketPrinter printer) {
        if (writeFile == null) {
            return printer;
        }
        output = new CaptureFileOutput(writeFile, CaptureFormat.parse(writeFormat), alsoPrint ? printer : null);
        return output;
    }

    /**
     * Opens the packet source: the file ({@code -} for standard input) or the live interface. For live capture the
     * "listening on" line goes to {@code err}, Ctrl-C ends the capture cleanly, {@code out} is flushed whenever the
     * wire is quiet, and closing prints tcpdump's packet counts. A {@code -w} file is created here, for this source.
     */
    CaptureReader open(String file, PrintWriter out, PrintWriter err) throws IOException {
        return open(file, out, err, Captures.ReadMode.WINDOWED, Limits.fromSystemProperties());
    }

    /**
     * As {@link #open(String, PrintWriter, PrintWriter)}, reading a plain file in {@code mode}, a compressed one
     * within {@code limits}. Reading a file with -w, SIGINT and SIGTERM stop the reading (as the end of the file
     * would), so the packets read so far are written out and the file is completed under its name.
     */
    CaptureReader open(String file, PrintWriter out, PrintWriter err, Captures.ReadMode mode, Limits limits)
            throws IOException {
        CaptureReader reader;
        if (device != null) {
            LiveCapture live = LiveCapture.open(new LiveOptions(device, snaplen, !noPromiscuous, bufferKiB,
                    captureFilter, writeFile == null || alsoPrint));
            live.onIdle(out::flush);
            // the handler first: once "listening" is printed, Ctrl-C must already end the capture cleanly
            InterruptStop interrupt = InterruptStop.install(live);
            err.println("jdissect: " + live.listeningLine());
            err.flush();
            reader = new Wrapped(live, () -> {
                live.close();
                interrupt.close();
                for (String line : live.stats().lines()) {
                    err.println(line);
                }
                err.flush();
            }, () -> false);
        } else {
            reader = "-".equals(file) ? Captures.open(System.in, "standard input", limits)
                    : Captures.open(Path.of(file), mode, limits);
        }
        if (output != null) {
            try {
                output.open(reader);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw new CaptureFileOutput.WriteFailure(writeFile + ": " + e.getMessage(), e);
            }
            CaptureReader source = reader;
            // live capture has its own handlers (installed above); a file read gets these
            InterruptStop interrupt = device == null ? InterruptStop.install(() -> stopRequested = true) : null;
            return new Wrapped(source, () -> {
                try {
                    output.complete();
                } finally {
                    if (interrupt != null) {
                        interrupt.close();
                    }
                    source.close();
                }
            }, () -> stopRequested);
        }
        return reader;
    }

    /** What a wrapped reader does instead of a plain close. */
    @FunctionalInterface
    private interface CloseAction {
        void close() throws IOException;
    }

    /**
     * A reader that delegates everything to {@code in} but closes by {@code onClose}: completing the -w file before
     * the source closes (so packets read before a read error are kept), or ending a live capture with tcpdump's
     * counts and the signal handlers restored. It ends early, as at the end of the file, once {@code stop} is true.
     */
    private record Wrapped(CaptureReader in, CloseAction onClose, java.util.function.BooleanSupplier stop)
            implements CaptureReader {
        @Override
        public boolean next(PacketRecord into) throws IOException {
            return !stop.getAsBoolean() && in.next(into);
        }

        @Override
        public void recycleBefore(long fileOffset) {
            in.recycleBefore(fileOffset);
        }

        @Override
        public String format() {
            return in.format();
        }

        @Override
        public int linkType() {
            return in.linkType();
        }

        @Override
        public List<InterfaceInfo> interfaces() {
            return in.interfaces();
        }

        @Override
        public int snaplen() {
            return in.snaplen();
        }

        @Override
        public void close() throws IOException {
            onClose.close();
        }
    }
}
