package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code explain} and {@code diff} compared byte for byte with goldens in {@code testdata/oracle/story/}: the
 * wording is the product, so any change to it has to be a deliberate golden update.
 */
class StoryGoldenTest {
    /** The captures folder as the tests name it, so goldens hold bare file names. */
    private static final String CAPTURES = TestData.ROOT.resolve("captures") + "/";

    private static String run(String... args) {
        int[] rc = new int[1];
        String out = TestData.run(rc, args);
        assertThat(rc[0]).as("exit code").isZero();
        return out.replace(CAPTURES, "");
    }

    private static String cap(String name) {
        return TestData.capture(name).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-rst.pcap", "middlebox-client.pcap", "middlebox-server.pcap", "tcp-resets.pcap",
        "tcp-loss.pcap"})
    void explainText(String capture) {
        Golden.assertMatches(capture + ".explain.txt", run("explain", "-r", cap(capture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-rst.pcap", "middlebox-client.pcap", "middlebox-server.pcap", "tcp-resets.pcap"})
    void explainJson(String capture) {
        Golden.assertMatches(capture + ".explain.json", run("explain", "-r", cap(capture), "--json"));
    }

    @Test
    void diffTextOfTheMiddleboxPair() {
        Golden.assertMatches("middlebox.diff.txt",
                run("diff", "-r", cap("middlebox-client.pcap"), "-r", cap("middlebox-server.pcap")));
    }

    @Test
    void diffJsonOfTheMiddleboxPair() {
        Golden.assertMatches("middlebox.diff.json",
                run("diff", "-r", cap("middlebox-client.pcap"), "-r", cap("middlebox-server.pcap"), "--json"));
    }
}
