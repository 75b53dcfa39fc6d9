package org.jdissect.cli;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.PacketPrinter;

/**
 * Reading and dissection on the calling thread, printing on a second one, in capture order: the two halves of a
 * text mode take about the same time, so a second core nearly halves the wall time. Packets travel in batches of
 * slots (a record and a context with its own tree, from {@link Dissection#newContext()}), so a tree being printed is
 * never the one being built. Not for live capture, whose output must follow the wire without batching.
 *
 * <p>Use: fill {@link #record()}, dissect into {@link #context()}, then {@link #submit()} it (or just take the next
 * record, to drop it); at the end {@link #finish()}, which waits for every submitted packet to be printed.
 */
final class PrintPipeline {
    /**
     * 128 packets a hand-over, 3 batches: 384 trees in flight, each holding only the fields the filter and printer
     * read. A hand-over wakes the printing thread whenever it is ahead, as it is with -Y and tcpdump text, and a wake-up
     * costs tens of microseconds here: 32 a batch spent 4% of a -Y run's CPU on them. 16 a batch when the trees carry
     * their labels (-V, JSON), which makes them several times larger: 48 such trees bound the memory a -V run holds.
     * Packets that are only framed (tcpdump's -nn output) carry no tree: 256 of them a batch.
     */
    private static final int BATCH = 128;
    private static final int LABELLED_BATCH = 16;
    private static final int FRAMED_BATCH = 256;
    private static final int DEPTH = 3;

    private static final class Batch {
        final PacketRecord[] records;
        final PacketContext[] contexts;
        /** Text rendered on the reading thread ({@link RenderAhead}), where {@link #rendered} says so. */
        final RenderAhead.Text[] texts;
        final boolean[] rendered;

        Batch(int size, boolean ahead) {
            records = new PacketRecord[size];
            contexts = new PacketContext[size];
            texts = ahead ? new RenderAhead.Text[size] : null;
            rendered = new boolean[size];
        }

        int size;
        boolean end;
        /** Set by the printing thread when every packet of the batch is printed (before it goes back to free). */
        volatile boolean printed;
    }

    private final PacketPrinter printer;
    private final RenderAhead ahead;
    /**
     * {@code jdissect.pipeline=alternate}: render every other packet ahead whether or not printing is behind, so
     * tests see both paths on small captures.
     */
    private final boolean alternate = "alternate".equals(System.getProperty("jdissect.pipeline"));
    private final int batchSize;
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(DEPTH + 1);
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(DEPTH + 1);
    private final Thread thread;
    private volatile Throwable failure;
    private Batch current;
    /** Batches handed to the printing thread and not yet taken back, oldest first (reading thread only). */
    private final java.util.ArrayDeque<Batch> handedOver = new java.util.ArrayDeque<>();

    /**
     * With {@code threaded} false everything stays on the calling thread: one slot, printed as it is submitted (live
     * capture, whose output must follow the wire, and {@code jdissect.pipeline=false}). {@code frameOnly}: the
     * packets will be framed, not dissected. {@code ahead}, when not null, renders the same output as
     * {@code printer} on the calling thread whenever printing falls behind.
     */
    PrintPipeline(Dissection d, PacketPrinter printer, boolean threaded, boolean frameOnly, RenderAhead ahead) {
        this.printer = printer;
        this.ahead = threaded ? ahead : null;
        batchSize = !threaded ? 1 : frameOnly ? FRAMED_BATCH : d.context().labels() ? LABELLED_BATCH : BATCH;
        for (int b = 0; b < (threaded ? DEPTH : 1); b++) {
            Batch batch = new Batch(batchSize, this.ahead != null);
            for (int i = 0; i < batchSize; i++) {
                batch.records[i] = new PacketRecord();
                batch.contexts[i] = threaded ? d.newContext() : d.context();
                if (batch.texts != null) {
                    batch.texts[i] = new RenderAhead.Text();
                }
            }
            free.add(batch);
        }
        current = take(free);
        if (threaded) {
            thread = new Thread(this::print, "jdissect-print");
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    /** The record the next packet is read into. */
    PacketRecord record() {
        return current.records[current.size];
    }

    /** The context the next packet is dissected into. */
    PacketContext context() {
        return current.contexts[current.size];
    }

    /** Hands the packet in the current slot to the printer. */
    void submit() throws IOException {
        if (thread == null) {
            try {
                printer.packet(current.contexts[0]);
            } catch (RuntimeException e) {
                throw new JdissectCommand.PacketFailure(current.records[0].number(), e);
            }
            return;
        }
        if (ahead != null && (current.size & 1) == 0 && (alternate || !full.isEmpty())) {
            // the printing thread has a batch waiting: take a share of its work, every other packet at most (the
            // decision is made a batch ahead of the printing, and rendering every packet here overshot: the reading
            // thread became the one waiting)
            int i = current.size;
            try {
                ahead.render(current.contexts[i], current.texts[i]);
            } catch (RuntimeException e) {
                throw new JdissectCommand.PacketFailure(current.records[i].number(), e);
            }
            current.rendered[i] = true;
        }
        if (++current.size == batchSize) {
            handOver();
        }
    }

    private void handOver() throws IOException {
        current.printed = false;
        handedOver.addLast(current);
        put(current);
        current = take(free);
        handedOver.remove(current); // printed, as was everything handed over before it
    }

    /**
     * Hands over the batch being filled, however full, when its first packet lies below {@code fileOffset}: with a
     * filter that matches rarely, a batch would otherwise hold its first packet, and the file's memory after it,
     * while thousands of packets are read.
     */
    void handOverOlderThan(long fileOffset) throws IOException {
        if (thread != null && current.size > 0 && current.records[0].fileOffset() < fileOffset) {
            handOver();
        }
    }

    /**
     * The file offset of the oldest packet submitted and not yet printed, or {@code Long.MAX_VALUE}: the bytes of
     * every packet below it may be reused ({@code CaptureReader.recycleBefore}), since a packet that was not
     * submitted is done once the next one is read.
     */
    long oldestInFlight() {
        if (thread == null) {
            return Long.MAX_VALUE; // printed as submitted
        }
        while (!handedOver.isEmpty() && handedOver.peekFirst().printed) {
            handedOver.pollFirst();
        }
        if (!handedOver.isEmpty()) {
            return handedOver.peekFirst().records[0].fileOffset();
        }
        return current.size > 0 ? current.records[0].fileOffset() : Long.MAX_VALUE;
    }

    /** Prints what was submitted, stops the printing thread, and reports its failure if it had one. */
    void finish() throws IOException {
        Batch last = current;
        current = null;
        if (thread == null) {
            return;
        }
        last.end = true;
        try {
            full.put(last); // even after a failure: the thread must see the end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing", e);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing", e);
        }
        rethrow();
    }

    /** Ends the printing thread after a reading error, printing what was submitted; never throws. */
    void close() {
        if (current == null) {
            return;
        }
        try {
            finish();
        } catch (IOException | RuntimeException e) {
            // the reading error is the one to report
        }
    }

    private void print() {
        try {
            while (true) {
                Batch b = full.take();
                if (failure == null) {
                    int i = 0;
                    try {
                        for (; i < b.size; i++) {
                            if (b.rendered[i]) {
                                ahead.write(b.texts[i]);
                            } else {
                                printer.packet(b.contexts[i]);
                            }
                        }
                    } catch (RuntimeException e) {
                        // a printer bug: reported with the frame that triggered it
                        failure = new JdissectCommand.PacketFailure(b.records[i].number(), e);
                    } catch (IOException | Error e) {
                        failure = e; // keep taking batches so the reading side never waits for a free one
                    }
                }
                if (b.end) {
                    return;
                }
                b.size = 0;
                java.util.Arrays.fill(b.rendered, false);
                b.printed = true;
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Batch b) throws IOException {
        rethrow();
        try {
            full.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing", e);
        }
    }

    private static Batch take(BlockingQueue<Batch> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
