package org.jdissect.cli.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Child processes for the integration tests: output to files, every wait bounded, killed on close. */
final class Proc implements AutoCloseable {
    final Process process;
    final Path out;
    final Path err;
    final List<String> command;

    private Proc(Process process, Path out, Path err, List<String> command) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    static Proc start(Path dir, String name, String... command) throws IOException {
        return start(dir, name, java.util.Map.of(), command);
    }

    /** As {@link #start(Path, String, String...)}, with {@code env} added to the child's environment. */
    static Proc start(Path dir, String name, java.util.Map<String, String> env, String... command)
            throws IOException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("TZ", "UTC");
        pb.environment().putAll(env);
        return new Proc(pb.start(), out, err, Arrays.asList(command));
    }

    /** Runs to completion (bounded); returns the exit status, or throws with the output on a timeout. */
    static Result run(Path dir, String name, long timeoutSeconds, String... command) throws IOException,
            InterruptedException {
        try (Proc p = start(dir, name, command)) {
            return p.await(timeoutSeconds);
        }
    }

    Result await(long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s; stderr: " + stderr());
        }
        return new Result(process.exitValue(), stdout(), stderr());
    }

    String stdout() throws IOException {
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    String stderr() throws IOException {
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }

    /** Waits (bounded) until the process's stdout or stderr satisfies {@code ready}; fails if it exits first. */
    void awaitOutput(Predicate<String> ready, long timeoutSeconds) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < until) {
            String all = stdout() + stderr();
            if (ready.test(all)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError(command + " exited (" + process.exitValue() + ") before it was ready: "
                        + all);
            }
            Thread.sleep(50);
        }
        throw new AssertionError(command + " not ready after " + timeoutSeconds + " s: " + stdout() + stderr());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    record Result(int exit, String stdout, String stderr) {
    }

    /** The jdissect jar the build just packaged, run with this JVM's java. */
    static List<String> jdissect(String... args) {
        String jar = System.getProperty("cli.jar", "target/jdissect.jar");
        List<String> cmd = new ArrayList<>();
        if (RESETS_SIGNALS) {
            // a test run started in the background by a shell without job control inherits SIGINT ignored, and a
            // JVM started with SIGINT ignored never receives it (HotSpot leaves an ignored signal alone): the
            // interrupt test would wait for a Ctrl-C the capture cannot see
            cmd.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(jar).toAbsolutePath().toString()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Whether env(1) can reset signal dispositions (coreutils 8.31 and later). */
    private static final boolean RESETS_SIGNALS = resetsSignals();

    private static boolean resetsSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
