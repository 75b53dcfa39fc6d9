package org.jdissect.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.plugin.Plugins;

/**
 * One engine per JVM and plugin option: engines are immutable and thread-safe, so the tasks of an executor share
 * one (building it loads every module) and each partition only creates its own {@code Dissection}.
 */
final class Engines {
    private static final Map<String, Engine> CACHE = new ConcurrentHashMap<>();

    private Engines() {
    }

    /**
     * The built-ins, plugin jars on the task's class path (spark-submit --jars) and the plugin jars in the
     * directories of {@code plugins} (separated by ',' or the path separator), which must exist on every executor.
     */
    static Engine get(String plugins) {
        String key = plugins == null ? "" : plugins.trim();
        return CACHE.computeIfAbsent(key, k -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = Engine.class.getClassLoader();
            }
            Engine.Builder b = Engine.builder().addServices(loader);
            List<Path> dirs = new ArrayList<>();
            for (String d : k.split("[," + java.io.File.pathSeparator + "]")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d.trim()));
                }
            }
            if (!dirs.isEmpty()) {
                Plugins.addDirectories(b, dirs, loader);
            }
            Engine e = b.build();
            for (String p : e.problems()) {
                System.err.println("jdissect: " + p);
            }
            return e;
        });
    }
}
