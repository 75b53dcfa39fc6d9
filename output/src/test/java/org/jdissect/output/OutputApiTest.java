package org.jdissect.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's API is the package {@code org.jdissect.output}; its public signatures speak only of the JDK,
 * {@code org.jdissect.api.*} and this package, never of the printers in {@code .print} and {@code .tcpdump}, which
 * are internal and may change (the rule a JPMS export of this package alone would state).
 */
class OutputApiTest {
    private static boolean allowed(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c.isPrimitive() || c.getName().startsWith("java.") || c.getName().startsWith("org.jdissect.api.")
                || c.getPackageName().equals("org.jdissect.output");
    }

    private static void check(Type t, String where, List<String> bad) {
        if (t instanceof Class<?> c && !allowed(c)) {
            bad.add(where + " uses " + c.getName());
        } else if (t instanceof ParameterizedType p) {
            check(p.getRawType(), where, bad);
            for (Type a : p.getActualTypeArguments()) {
                check(a, where, bad);
            }
        }
    }

    /** The public classes of the package, nested ones included. */
    static List<Class<?>> publicTypes() throws Exception {
        Path dir = Path.of(OutputMode.class.getResource("OutputMode.class").toURI()).getParent();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".class") && !n.equals("package-info.class")) {
                    Class<?> c = Class.forName("org.jdissect.output." + n.substring(0, n.length() - 6));
                    if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void publicSignaturesStayInThePublicPackages() throws Exception {
        List<String> bad = new ArrayList<>();
        List<Class<?>> types = publicTypes();
        assertThat(types).contains(OutputMode.class, OutputMode.Tcpdump.class, PacketPrinter.class,
                TcpdumpOptions.class, FieldsOptions.class);
        for (Class<?> c : types) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    String where = c.getSimpleName() + "." + m.getName();
                    check(m.getGenericReturnType(), where, bad);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(p, where, bad);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers())) {
                    for (Type p : k.getGenericParameterTypes()) {
                        check(p, c.getSimpleName() + ".<init>", bad);
                    }
                }
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    check(rc.getGenericType(), c.getSimpleName() + "." + rc.getName(), bad);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void theHelpersStayPackagePrivate() throws Exception {
        assertThat(publicTypes()).doesNotContain(TcpdumpFlags.class, AppendableWriter.class);
    }
}
