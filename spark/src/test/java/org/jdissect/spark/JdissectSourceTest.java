package org.jdissect.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/** The data source in local[2] mode over the corpus, compared with the CLI's {@code -T fields} output. */
class JdissectSourceTest {
    static final Path CAPTURES = PcapLayoutTest.CAPTURES;
    /** The fields the expected TSVs were made with: ./jdissect -r F -T fields -e … -Y 'tcp || udp'. */
    static final String FIELDS = "frame.number,ip.src,ipv6.src,ip.addr,tcp.srcport,tcp.dstport,udp.srcport,tcp.len,"
            + "tcp.stream,tcp.flags.reset,http.host[],http.request.method[]";
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("jdissect-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Dataset<Row> read(String filter, String path) {
        return spark.read().format("jdissect").option("fields", FIELDS).option("filter", filter).load(path);
    }

    /** A row as the CLI prints it: empty for null, 1/0 for booleans, occurrences joined by commas. */
    static String tsv(Row r, int n) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object v = r.get(i);
            if (v == null) {
                cells.add("");
            } else if (v instanceof Boolean b) {
                cells.add(b ? "1" : "0");
            } else if (v instanceof scala.collection.Seq<?> s) {
                List<String> parts = new ArrayList<>();
                for (Object o : CollectionConverters.asJava(s)) {
                    parts.add(String.valueOf(o));
                }
                cells.add(String.join(",", parts));
            } else {
                cells.add(v.toString());
            }
        }
        return String.join("\t", cells);
    }

    @Test
    void everyCorpusCaptureGivesTheCliFieldsOutputForTheSameFilterAndFields() throws IOException {
        String[] cols = FIELDS.replace("[]", "").split(",");
        StringBuilder select = new StringBuilder();
        for (String c : cols) {
            select.append('`').append(c).append("`, ");
        }
        read("tcp || udp", CAPTURES.toString()).createOrReplaceTempView("corpus");
        // one partition per file, in path order, each in frame order: collecting keeps that order
        List<Row> rows = spark.sql("SELECT " + select + "`_file` FROM corpus").collectAsList();
        Map<String, List<String>> byFile = new HashMap<>();
        for (Row r : rows) {
            String file = Path.of(java.net.URI.create(r.getString(cols.length)).getPath()).getFileName().toString();
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(tsv(r, cols.length));
        }
        int files = 0;
        try (var s = Files.list(CAPTURES)) {
            for (Path f : s.sorted().toList()) {
                Path expected = Path.of("src/test/resources/expected", f.getFileName() + ".tsv");
                List<String> want = Files.readAllLines(expected).stream().map(JdissectSourceTest::firstOfScalars)
                        .toList();
                assertThat(byFile.getOrDefault(f.getFileName().toString(), List.of()))
                        .as(f.getFileName().toString()).containsExactlyElementsOf(want);
                files++;
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(19);
    }

    @Test
    void sparkPredicatesArePushedDownAsADisplayFilterAndFewerRowsAreBuilt() throws IOException {
        read("", CAPTURES.resolve("http-large.pcap").toString()).createOrReplaceTempView("large");
        Dataset<Row> q = spark.sql("SELECT count(*) FROM large WHERE `tcp.srcport` = 80 AND NOT `tcp.len` IN (0, 1)"
                + " AND `frame.number` > 10");
        String plan = q.queryExecution().executedPlan().toString();
        assertThat(plan).contains("DisplayFilter: [(tcp.srcport) && (frame.number) && (tcp.srcport == 80)"
                + " && (tcp.len !== 0 && tcp.len !== 1) && (frame.number > 10)]");
        long count = q.collectAsList().get(0).getLong(0);
        Map<String, Long> m = scanMetrics(q);
        assertThat(m.get(Metrics.PACKETS)).isEqualTo(819);
        assertThat(m.get(Metrics.ROWS)).isEqualTo(count).isLessThan(819);
        // the same count as the CLI's: frames from port 80 with payload, after frame 10
        assertThat(count).isEqualTo(Files.lines(Path.of("src/test/resources/expected/http-large.pcap.tsv"))
                .map(l -> l.split("\t", -1))
                .filter(c -> c[4].equals("80") && !c[7].equals("0") && !c[7].equals("1")
                        && Long.parseLong(c[0]) > 10).count());
    }

    /**
     * The CLI prints every occurrence ("10.99.0.1,10.99.0.2" for ip.src of an ICMP error quoting an IP header); a
     * scalar column holds the first, as {@code -E occurrence=f}. Array columns (ip.addr, and the fields named with
     * "[]") keep them all.
     */
    static String firstOfScalars(String line) {
        String[] cells = line.split("\t", -1);
        java.util.Set<String> arrays = java.util.Set.of("ip.addr", "http.host[]", "http.request.method[]");
        String[] names = FIELDS.split(",");
        for (int i = 0; i < cells.length; i++) {
            if (!arrays.contains(names[i]) && cells[i].contains(",")) {
                cells[i] = cells[i].substring(0, cells[i].indexOf(','));
            }
        }
        return String.join("\t", cells);
    }

    static Map<String, Long> scanMetrics(Dataset<Row> q) {
        SparkPlan plan = q.queryExecution().executedPlan();
        Map<String, Long> out = new HashMap<>();
        for (SparkPlan leaf : CollectionConverters.asJava(plan.collectLeaves())) {
            if (leaf instanceof BatchScanExec scan) {
                out.put(Metrics.PACKETS, scan.metrics().apply(Metrics.PACKETS).value());
                out.put(Metrics.ROWS, scan.metrics().apply(Metrics.ROWS).value());
            }
        }
        return out;
    }

    @Test
    void splitReadsOfALargeCaptureGiveExactlyTheRowsOfAnUnsplitRead() {
        String f = CAPTURES.resolve("http-large.pcap").toString();
        String[] cols = {"`frame.number`", "`ip.src`", "`tcp.srcport`", "`tcp.len`", "`http.host`", "`_partial_state`"};
        Dataset<Row> whole = spark.read().format("jdissect").option("fields", FIELDS).option("splitSize", "0")
                .load(f).selectExpr(cols);
        Dataset<Row> split = spark.read().format("jdissect").option("fields", FIELDS).option("splitSize", "50000")
                .load(f).selectExpr(cols);
        assertThat(split.rdd().getNumPartitions()).isEqualTo(16);
        assertThat(whole.rdd().getNumPartitions()).isEqualTo(1);
        // partitions are in file order, so collecting keeps frame order: no sort job needed
        List<Row> a = whole.collectAsList();
        List<Row> b = split.collectAsList();
        assertThat(b).hasSize(819);
        assertThat(b.stream().map(r -> tsv(r, 5)).toList()).containsExactlyElementsOf(a.stream().map(r -> tsv(r, 5))
                .toList());
        // streams already open at a split's start are marked; an unsplit read marks nothing
        assertThat(a).noneMatch(r -> r.getBoolean(5));
        assertThat(b).anyMatch(r -> r.getBoolean(5));
        // without exact frame numbers (no header walk) the same packets come back, numbered within each split
        List<String> relative = spark.read().format("jdissect").option("fields", FIELDS)
                .option("splitSize", "50000").option("frameNumbers", "relative").load(f)
                .selectExpr(cols).collectAsList().stream().map(r -> tsv(r, 5).substring(tsv(r, 5).indexOf('\t')))
                .toList();
        assertThat(relative).containsExactlyElementsOf(a.stream().map(r -> tsv(r, 5).substring(tsv(r, 5)
                .indexOf('\t'))).toList());
    }

    @Test
    void aWrongFilterFailsOnTheDriverWithTheCaret() {
        assertThatThrownBy(() -> read("tcp.port == ", CAPTURES.toString()).count())
                .hasMessageContaining("jdissect:").hasMessageContaining("^");
    }
}
