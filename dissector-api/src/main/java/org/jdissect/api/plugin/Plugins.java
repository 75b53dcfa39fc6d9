package org.jdissect.api.plugin;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.ProtocolModule;

/**
 * Finds plugin jars and adds their {@link ProtocolModule}s to an engine being built. Each jar gets its own class
 * loader (the API is shared through the parent), so two plugins' classes never clash; whatever goes wrong with one
 * jar — not a jar, a missing class, another API version, a duplicate field — becomes a message in
 * {@link Engine#problems()} naming the jar, and the rest keep working.
 */
public final class Plugins {
    /** The environment variable with plugin directories, separated like PATH. */
    public static final String ENV = "JDISSECT_PLUGINS";

    private Plugins() {
    }

    /** Directories named in a PATH-style list (empty entries ignored). */
    public static List<Path> dirsFromPathList(String list) {
        List<Path> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (String s : list.split(File.pathSeparator)) {
            if (!s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** The {@code .jar} files directly in {@code dirs}, in name order per directory; a missing directory is a problem. */
    public static List<Path> jars(List<Path> dirs, Engine.Builder problems) {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                problems.problem(d + ": plugin directory not found");
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(out::add);
            } catch (IOException e) {
                problems.problem(d + ": cannot list plugin directory: " + e.getMessage());
            }
        }
        return out;
    }

    /** Adds the modules of every jar in {@code dirs} to {@code b}, each jar contained. */
    public static Engine.Builder addDirectories(Engine.Builder b, List<Path> dirs, ClassLoader parent) {
        for (Path jar : jars(dirs, b)) {
            addJar(b, jar, parent);
        }
        return b;
    }

    /** Adds the modules one jar declares in {@code META-INF/services}; a jar declaring none is reported. */
    public static void addJar(Engine.Builder b, Path jar, ClassLoader parent) {
        String origin = "plugin " + jar;
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            b.problem(origin + ": " + e.getMessage());
            return;
        }
        int found = 0;
        Iterator<ServiceLoader.Provider<ProtocolModule>> it;
        try {
            it = ServiceLoader.load(ProtocolModule.class, loader).stream().iterator();
        } catch (ServiceConfigurationError | RuntimeException e) {
            b.problem(origin + ": cannot read its services: " + e.getMessage());
            return;
        }
        while (true) {
            ServiceLoader.Provider<ProtocolModule> p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                b.problem(origin + ": cannot load a module: " + rootMessage(e));
                break;
            }
            try {
                // the parent's modules (the built-ins) are visible through this loader too: take only the jar's own
                if (p.type().getClassLoader() != loader) {
                    continue;
                }
                b.addPlugin(p.get(), origin);
                found++;
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                b.problem(origin + ": cannot create module: " + rootMessage(e));
            }
        }
        if (found == 0) {
            b.problem(origin + ": declares no org.jdissect.api.dissect.ProtocolModule in META-INF/services");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }
}
