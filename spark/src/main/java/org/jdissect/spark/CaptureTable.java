package org.jdissect.spark;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.jdissect.api.dissect.Engine;

/** The captures at a path as one table; its columns come from the field registry (plugins' fields included). */
final class CaptureTable implements SupportsRead {
    private final ReadOptions options;
    private final List<Columns.Col> cols;
    private final StructType schema;

    private CaptureTable(ReadOptions options) {
        this.options = options;
        Engine engine = Engines.get(options.plugins());
        this.cols = Columns.parse(options.fields(), engine.registry());
        this.schema = Columns.schema(cols);
    }

    static CaptureTable of(CaseInsensitiveStringMap map) {
        return new CaptureTable(ReadOptions.of(map));
    }

    @Override
    public String name() {
        return "jdissect " + String.join(",", options.paths());
    }

    @Override
    public StructType schema() {
        return schema;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return Set.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
        return new CaptureScanBuilder(options, cols, schema);
    }
}
