package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three more recordings of the corpus's lossy download (mkcorpus.sh's tcp-loss, run again: testdata/heldout-loss),
 * where retransmissions meet PDUs being reassembled as packet-tcp.c and reassemble.c of 4.0.17 meet them: a fast
 * retransmission of a PDU's first segment is "Retransmitted TCP segment data" and joins nothing (loss-b frame 29); one
 * into a PDU already reassembled is a reassembly error and nothing above TCP is dissected (loss-a frame 404), and so
 * is an out-of-order copy of one of its segments, which desegment_tcp offers fragment_add before it looks at the
 * analysis flags (loss-c 389, a third recording, held out until a run of the whole corpus found it); a segment whose
 * bytes came before it is marked "Segment overlap" in the reassembled PDU's list (loss-a 403, loss-b 408). Fields of
 * every frame and the tree of those frames, as tshark prints them.
 */
class HeldOutLossTest {
    private static final Path DIR = TestData.ROOT.resolve("heldout-loss");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"loss-a.pcap, '403, 404', 403-404, [Segment overlap: True]",
        "loss-b.pcap, '29, 408', 29-408, [Segment overlap: True]",
        "loss-c.pcap, 389, 389, New fragment overlaps old data (retransmission?)"})
    void retransmissionsMeetReassemblyAsInTshark(String capture, String frames, String tag, String marker)
            throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve(capture + ".fields.tsv"), StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(DIR.resolve(capture), header);
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));

        String tree = Files.readString(DIR.resolve(capture + "." + tag + ".V.txt"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String shown = TestData.run(rc, "-r", DIR.resolve(capture).toString(), "-Y", "frame.number in {" + frames + "}",
                "-V");
        assertThat(rc[0]).isZero();
        assertThat(Golden.firstDifference(tree, shown)).as("-V of " + capture).isEmpty();
        assertThat(tree).contains(marker);
    }
}
