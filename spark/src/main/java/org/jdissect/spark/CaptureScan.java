package org.jdissect.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;

/** Lists the capture files, cuts large pcap files into splits, and hands the readers what they need. */
final class CaptureScan implements Scan, Batch {
    private final ReadOptions options;
    private final List<Columns.Col> cols;
    private final StructType required;
    private final String displayFilter;
    private final Configuration conf;
    private InputPartition[] partitions;

    CaptureScan(ReadOptions options, List<Columns.Col> cols, StructType required, List<String> pushed) {
        this.options = options;
        this.cols = cols;
        this.required = required;
        List<String> parts = new ArrayList<>();
        if (!options.filter().isBlank()) {
            parts.add("(" + options.filter() + ")");
        }
        for (String p : pushed) {
            parts.add(p.startsWith("(") ? p : "(" + p + ")");
        }
        this.displayFilter = String.join(" && ", parts);
        try {
            // fail on the driver, with the caret, rather than in every task
            DisplayFilter.compile(displayFilter, Engines.get(options.plugins()).registry());
        } catch (DisplayFilterException e) {
            throw new IllegalArgumentException("jdissect: " + e.render(), e);
        }
        this.conf = SparkSession.active().sparkContext().hadoopConfiguration();
    }

    /** The display filter the executors run: the filter option and the pushed predicates, ANDed. */
    String displayFilter() {
        return displayFilter;
    }

    @Override
    public StructType readSchema() {
        return required;
    }

    @Override
    public String description() {
        return "jdissect " + options.paths() + " DisplayFilter: [" + displayFilter + "] SplitSize: "
                + options.splitSize();
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public CustomMetric[] supportedCustomMetrics() {
        return new CustomMetric[] {new Metrics.PacketsDissected(), new Metrics.RowsBuilt()};
    }

    @Override
    public InputPartition[] planInputPartitions() {
        if (partitions == null) {
            try {
                partitions = plan();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return partitions;
    }

    private InputPartition[] plan() throws IOException {
        List<CapturePartition> out = new ArrayList<>();
        for (String p : options.paths()) {
            Path path = new Path(p);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(path);
            if (matched == null || matched.length == 0) {
                throw new IOException("jdissect: no capture at " + p);
            }
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus s : matched) {
                if (s.isDirectory()) {
                    for (FileStatus c : fs.listStatus(s.getPath())) {
                        String n = c.getPath().getName();
                        if (c.isFile() && !n.startsWith(".") && !n.startsWith("_")) {
                            files.add(c);
                        }
                    }
                } else {
                    files.add(s);
                }
            }
            files.sort(Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus f : files) {
                long size = f.getLen();
                boolean splittable = options.splitSize() > 0 && size > options.splitSize() && isPlainPcap(fs, f);
                if (!splittable) {
                    out.add(new CapturePartition(f.getPath().toString(), 0, size, false));
                    continue;
                }
                for (long s = 0; s < size; s += options.splitSize()) {
                    out.add(new CapturePartition(f.getPath().toString(), s, Math.min(size, s + options.splitSize()),
                            true));
                }
            }
        }
        return out.toArray(new InputPartition[0]);
    }

    private static boolean isPlainPcap(FileSystem fs, FileStatus f) throws IOException {
        byte[] head = new byte[4];
        try (FSDataInputStream in = fs.open(f.getPath())) {
            in.readFully(0, head);
        }
        return PcapLayout.isPcapMagic(head);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new CaptureReaderFactory(options, cols, required, displayFilter, new SerializableConf(conf));
    }

    @Override
    public String toString() {
        return description() + " partitions=" + Arrays.toString(planInputPartitions());
    }
}
