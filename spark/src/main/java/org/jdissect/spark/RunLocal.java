package org.jdissect.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark/run-local.sh [--fields F] [--filter F] [--plugins DIR] [--split-size N] [--master M] CAPTURES "SQL"}:
 * runs one SQL query in local mode over a view named {@code packets} and prints the result as CSV with a header.
 */
public final class RunLocal {
    private RunLocal() {
    }

    public static void main(String[] args) {
        String fields = "";
        String filter = "";
        String plugins = "";
        String split = null;
        String master = "local[*]";
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fields" -> fields = args[++i];
                case "--filter" -> filter = args[++i];
                case "--plugins" -> plugins = args[++i];
                case "--split-size" -> split = args[++i];
                case "--master" -> master = args[++i];
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() != 2) {
            System.err.println("usage: run-local.sh [--fields F,F] [--filter DISPLAYFILTER] [--plugins DIR]"
                    + " [--split-size BYTES] [--master local[N]] CAPTURE_PATH \"SQL over the view packets\"");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().master(master).appName("jdissect run-local")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        int status = 0;
        try {
            var reader = spark.read().format("jdissect").option("fields", fields).option("filter", filter)
                    .option("plugins", plugins);
            if (split != null) {
                reader = reader.option("splitSize", split);
            }
            reader.load(rest.get(0)).createOrReplaceTempView("packets");
            Dataset<Row> result = spark.sql(rest.get(1));
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            String[] cols = result.columns();
            out.println(csvLine(List.of(cols)));
            for (java.util.Iterator<Row> it = result.toLocalIterator(); it.hasNext(); ) {
                Row r = it.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < cols.length; i++) {
                    Object v = r.get(i);
                    cells.add(v == null ? "" : v instanceof scala.collection.Seq<?> s
                            ? String.join(",", scala.jdk.javaapi.CollectionConverters.asJava(s).stream()
                                    .map(String::valueOf).toList())
                            : v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v.toString());
                }
                out.println(csvLine(cells));
            }
            out.flush();
        } catch (RuntimeException e) {
            System.err.println("run-local: " + e.getMessage());
            status = 2;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
