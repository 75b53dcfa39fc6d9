package org.jdissect.cli.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one Jazzer fuzz test outside Maven (used by {@code scripts/fuzz.sh}, so that long runs do not hold the
 * build's {@code target/} folders): {@code java -cp … FuzzMain org.jdissect.cli.fuzz.DissectFuzzTest#dissect}.
 * Exit status 0 when it found nothing, 1 otherwise.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest req = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(args[0]))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(req, summary);
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out), 40);
        System.out.println("fuzz tests: " + summary.getSummary().getTestsSucceededCount() + " ok, "
                + summary.getSummary().getTotalFailureCount() + " failed");
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
