package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** tshark's {@code -G [fields|protocols]}, given first, lists what {@code jdissect fields} and {@code protocols} do. */
class GlossaryOptionTest {
    /** Main.run's status, standard output and standard error, as strings. */
    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(rc), out.toString(), err.toString()};
    }

    @Test
    void dashGListsTheFieldsAsTheCommandDoes() {
        String[] fields = run("fields");
        assertThat(run("-G")).containsExactly(fields);
        assertThat(run("-G", "fields")).containsExactly(fields);
        assertThat(fields[1]).contains("F\tTime to Live\tip.ttl\tFT_UINT8\tip\tBASE_DEC\t0x0\t\n");
    }

    @Test
    void dashGProtocolsListsTheProtocols() {
        assertThat(run("-G", "protocols")).containsExactly(run("protocols"));
    }

    @Test
    void dashGFtypesListsTsharksFieldTypes() throws java.io.IOException {
        String[] r = run("-G", "ftypes");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).isEqualTo(java.nio.file.Files.readString(TestData.ROOT.resolve("glossary/ftypes.txt")));
    }

    @Test
    void anotherReportIsAUsageError() {
        String[] r = run("-G", "values");
        assertThat(r[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
        assertThat(r[2]).contains("-G values");
    }
}
