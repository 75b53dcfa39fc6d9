package org.jdissect.spark;

import org.apache.spark.sql.connector.read.InputPartition;

/** A whole capture file, or the records of an uncompressed pcap file that start in [start, end). */
record CapturePartition(String path, long start, long end, boolean split) implements InputPartition {
}
