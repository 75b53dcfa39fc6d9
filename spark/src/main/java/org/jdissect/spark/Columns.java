package org.jdissect.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;

/**
 * The table's columns: the fields the user names (Wireshark abbreviations, kept as column names) plus the columns
 * every capture has. A field is an array column when its name ends in {@code []} in the option, or when it is one
 * of Wireshark's "either direction" fields ({@code ip.addr}, {@code tcp.port}, {@code eth.addr}, {@code ip.host}…)
 * that occur twice in every packet; otherwise the column holds the first occurrence, as {@code -E occurrence=f}.
 */
final class Columns {
    static final String FRAME_NUMBER = "frame.number";
    static final String FILE = "_file";
    static final String PARTIAL = "_partial_state";
    private static final Set<String> EITHER_HOSTS = Set.of("ip.host", "ipv6.host", "eth.addr_resolved");

    /** One user column. */
    record Col(String name, FieldType type, boolean array) implements java.io.Serializable {
    }

    private Columns() {
    }

    static List<Col> parse(String option, FieldRegistry registry) {
        Map<String, Col> out = new LinkedHashMap<>();
        if (option == null) {
            return List.of();
        }
        for (String raw : option.split(",")) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            boolean array = s.endsWith("[]");
            String name = array ? s.substring(0, s.length() - 2) : s;
            FieldDef d = registry.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "option fields: \"" + name + "\" is neither a field nor a protocol name"));
            if (name.equals(FRAME_NUMBER)) {
                continue; // always there
            }
            // "proto.addr" / "proto.port": Wireshark's either-direction fields, two occurrences per packet
            array |= name.chars().filter(ch -> ch == '.').count() == 1
                    && (name.endsWith(".addr") || name.endsWith(".port")) || EITHER_HOSTS.contains(name);
            out.put(name, new Col(name, d.type(), array));
        }
        return new ArrayList<>(out.values());
    }

    static StructType schema(List<Col> cols) {
        List<StructField> f = new ArrayList<>();
        f.add(new StructField(FRAME_NUMBER, DataTypes.LongType, true, Metadata.empty()));
        for (Col c : cols) {
            DataType t = type(c.type());
            boolean presence = c.type() == FieldType.NONE || c.type() == FieldType.PROTOCOL;
            f.add(new StructField(c.name(), c.array() ? DataTypes.createArrayType(t, false) : t, !presence,
                    Metadata.empty()));
        }
        f.add(new StructField(FILE, DataTypes.StringType, false, Metadata.empty()));
        f.add(new StructField(PARTIAL, DataTypes.BooleanType, false, Metadata.empty()));
        return new StructType(f.toArray(new StructField[0]));
    }

    /** The Spark type a field's values take. */
    static DataType type(FieldType t) {
        return switch (t) {
            case NONE, PROTOCOL, BOOLEAN -> DataTypes.BooleanType;
            case UINT8, UINT16, UINT24, INT8, INT16, INT24, INT32 -> DataTypes.IntegerType;
            case UINT32, UINT40, UINT48, UINT56, UINT64, INT40, INT48, INT56, INT64, FRAMENUM -> DataTypes.LongType;
            case FLOAT, DOUBLE, RELATIVE_TIME -> DataTypes.DoubleType;
            case ETHER, IPV4, IPV6, EUI64, GUID, STRING -> DataTypes.StringType;
            case BYTES -> DataTypes.BinaryType;
            case ABSOLUTE_TIME -> DataTypes.TimestampType;
        };
    }
}
