package org.jdissect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars for tests: compiles the given sources with the JDK's compiler into a folder that is not on the
 * class path, then jars them with a {@code META-INF/services} entry, as a plugin author's build would.
 */
final class PluginJars {
    private PluginJars() {
    }

    static Path build(Path dir, String jarName, Map<String, String> sources, String... modules) throws IOException {
        Path classes = Files.createTempDirectory(dir, "classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            units.add(new SimpleJavaFileObject(URI.create("string:///" + e.getKey().replace('.', '/') + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignore) {
                    return e.getValue();
                }
            });
        }
        List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                "--release", "17", "-proc:none");
        Boolean ok = javac.getTask(null, null, null, options, null, units).call();
        if (!Boolean.TRUE.equals(ok)) {
            throw new IllegalStateException("plugin sources did not compile");
        }
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/org.jdissect.api.dissect.ProtocolModule"));
            OutputStream o = out;
            o.write((String.join("\n", modules) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
