package org.jdissect.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;

/** Shipped to the executors: everything a partition reader needs, nothing that is per-capture. */
final class CaptureReaderFactory implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;
    final ReadOptions options;
    final List<Columns.Col> cols;
    final StructType required;
    final String displayFilter;
    final SerializableConf conf;

    CaptureReaderFactory(ReadOptions options, List<Columns.Col> cols, StructType required, String displayFilter,
                         SerializableConf conf) {
        this.options = options;
        this.cols = List.copyOf(cols);
        this.required = required;
        this.displayFilter = displayFilter;
        this.conf = conf;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        try {
            return new CapturePartitionReader(this, (CapturePartition) partition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
