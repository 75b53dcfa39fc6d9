package org.jdissect.spark;

import org.apache.spark.sql.connector.metric.CustomSumMetric;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;

/** Scan metrics shown in the SQL UI and the executed plan: what push-down saves is rows built, not dissection. */
final class Metrics {
    static final String PACKETS = "packetsDissected";
    static final String ROWS = "rowsBuilt";

    private Metrics() {
    }

    public static final class PacketsDissected extends CustomSumMetric {
        @Override
        public String name() {
            return PACKETS;
        }

        @Override
        public String description() {
            return "packets dissected";
        }
    }

    public static final class RowsBuilt extends CustomSumMetric {
        @Override
        public String name() {
            return ROWS;
        }

        @Override
        public String description() {
            return "rows built (packets passing the display filter)";
        }
    }

    record Task(String name, long value) implements CustomTaskMetric {
    }
}
