package org.jdissect.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the Jazzer seed folders from testdata (run with {@code -Dfuzz.seeds.update=true}); the folders are
 * committed so that a plain {@code mvn verify} replays them.
 */
class SeedCorpusTest {
    private static final Path RESOURCES = Path.of("src/test/resources/org/jdissect/cli/fuzz");

    @Test
    @EnabledIfSystemProperty(named = "fuzz.seeds.update", matches = "true")
    void writeSeeds() throws IOException {
        Map<String, byte[]> files = Seeds.captureFiles();
        // class-level folder: Jazzer feeds it to every method of the class
        write("CaptureFuzzTestInputs", files);
        write("DissectFuzzTestInputs/dissect", Seeds.dissectInputs());
        write("FilterFuzzTestInputs/compile", Seeds.filterInputs());
    }

    private static void write(String dir, Map<String, byte[]> seeds) throws IOException {
        Path d = RESOURCES.resolve(dir);
        Files.createDirectories(d);
        for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
            Files.write(d.resolve("seed-" + e.getKey().replaceAll("[^A-Za-z0-9._-]", "_")), e.getValue());
        }
    }
}
