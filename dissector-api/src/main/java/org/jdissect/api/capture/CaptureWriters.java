package org.jdissect.api.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;

/** Creates {@link CaptureWriter}s: pure Java, no libpcap. */
public final class CaptureWriters {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaptureWriters() {
    }

    /**
     * A writer onto {@code target}, atomically: bytes go to a temporary file in the same directory, which
     * {@link CaptureWriter#close()} renames onto the target.
     *
     * @param snaplen      the snapshot length to declare (0: tcpdump's 262144)
     * @param linkTypeHint the link type to declare if no packet is ever written (-1: Ethernet)
     * @param interfaces   source interfaces by id, for pcapng's names and snaplens (may be empty)
     */
    public static CaptureWriter create(Path target, CaptureFormat format, int snaplen, int linkTypeHint,
                                       List<InterfaceInfo> interfaces) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        // not Files.createTempFile: that makes the file owner-only, and the capture should get the usual
        // permissions (umask), as tcpdump's files do
        Path tmp = null;
        OutputStream os = null;
        for (int attempt = 0; os == null; attempt++) {
            tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong() >>> 1) + ".part");
            try {
                os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        os = new BufferedOutputStream(os, 1 << 16);
        return new Writer(FormatWriter.of(format, os, snaplen, linkTypeHint, interfaces), os, tmp, abs);
    }

    /** A writer onto a stream (standard output, a pipe); closing it closes the stream. */
    public static CaptureWriter create(OutputStream out, CaptureFormat format, int snaplen, int linkTypeHint,
                                       List<InterfaceInfo> interfaces) {
        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        return new Writer(FormatWriter.of(format, os, snaplen, linkTypeHint, interfaces), os, null, null);
    }

    private static final class Writer implements CaptureWriter {
        private final FormatWriter w;
        private final OutputStream os;
        private final Path tmp;
        private final Path target;
        private boolean done;

        Writer(FormatWriter w, OutputStream os, Path tmp, Path target) {
            this.w = w;
            this.os = os;
            this.tmp = tmp;
            this.target = target;
        }

        @Override
        public void write(PacketRecord r) throws IOException {
            if (done) {
                throw new IOException("capture writer already closed");
            }
            w.write(r);
        }

        @Override
        public long packets() {
            return w.packets;
        }

        @Override
        public long bytes() {
            return w.bytes;
        }

        @Override
        public void close() throws IOException {
            if (done) {
                return;
            }
            done = true;
            try {
                w.finish();
                os.close();
                if (tmp != null) {
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException | RuntimeException e) {
                deleteTemp();
                throw e;
            }
        }

        @Override
        public void abort() {
            if (done) {
                return;
            }
            done = true;
            try {
                os.close();
            } catch (IOException ignored) {
                // the file is being thrown away
            }
            deleteTemp();
        }

        private void deleteTemp() {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more can be done; the name says it is partial
                }
            }
        }
    }
}
