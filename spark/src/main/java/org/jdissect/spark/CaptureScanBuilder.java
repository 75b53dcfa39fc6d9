package org.jdissect.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;
import org.jdissect.api.field.FieldType;

/**
 * Column pruning, and predicate push-down by translation to a display filter ({@link FilterTranslator}). Every
 * predicate is also returned to Spark as a post-scan filter: the display filter only has to keep a superset.
 */
final class CaptureScanBuilder implements ScanBuilder, SupportsPushDownFilters, SupportsPushDownRequiredColumns {
    private final ReadOptions options;
    private final List<Columns.Col> cols;
    private StructType required;
    private Filter[] pushed = new Filter[0];
    private final List<String> pushedText = new ArrayList<>();

    CaptureScanBuilder(ReadOptions options, List<Columns.Col> cols, StructType schema) {
        this.options = options;
        this.cols = cols;
        this.required = schema;
    }

    @Override
    public Filter[] pushFilters(Filter[] filters) {
        Map<String, FieldType> pushable = new HashMap<>();
        pushable.put(Columns.FRAME_NUMBER, FieldType.FRAMENUM);
        for (Columns.Col c : cols) {
            if (!c.array()) {
                pushable.put(c.name(), c.type());
            }
        }
        List<Filter> used = new ArrayList<>();
        pushedText.clear();
        pushedText.addAll(new FilterTranslator(pushable).translateAll(filters, used));
        pushed = used.toArray(new Filter[0]);
        return filters;
    }

    @Override
    public Filter[] pushedFilters() {
        return pushed;
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        this.required = requiredSchema;
    }

    @Override
    public Scan build() {
        return new CaptureScan(options, cols, required, List.copyOf(pushedText));
    }
}
