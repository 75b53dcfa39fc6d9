package org.jdissect.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * {@code spark.read.format("jdissect")}: packets of pcap, pcapng and gzip'd captures as rows whose columns are
 * Wireshark fields.
 *
 * <pre>{@code
 * spark.read().format("jdissect")
 *      .option("fields", "ip.src,tcp.srcport,http.host")     // columns, by Wireshark name
 *      .option("filter", "http.request")                      // a display filter run in the executors
 *      .load("hdfs:///captures/");                            // a file, a directory or a glob
 * }</pre>
 *
 * Options: {@code fields}, {@code filter}, {@code plugins} (plugin directories present on every executor),
 * {@code splitSize} (bytes; uncompressed pcap files larger than this are read by several tasks; 0 = never; default
 * 128 MiB), {@code frameNumbers} ({@code exact}, the default, or {@code relative}: see {@link SplitPcapReader}).
 */
public final class JdissectDataSource implements TableProvider, DataSourceRegister {
    @Override
    public String shortName() {
        return "jdissect";
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return CaptureTable.of(options).schema();
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return CaptureTable.of(new CaseInsensitiveStringMap(properties));
    }
}
