package org.jdissect.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library's public surface only speaks in public packages: the JDK, {@code org.jdissect.lib},
 * {@code org.jdissect.api.*}, the filter entry types of {@code org.jdissect.dsl} and the output modes of
 * {@code org.jdissect.output} (that package only). Dissector internals, the filter compiler's packages and the
 * printers ({@code org.jdissect.output.print}, {@code .tcpdump}) never appear in a public signature, so they can
 * change freely (the rule JPMS exports would state; checked here because the modules are on the class path).
 */
class ApiSurfaceTest {
    private static final List<Class<?>> PUBLIC = List.of(Jdissect.class, Capture.class, Packet.class, Value.class,
            Renderer.class, Materialization.class);
    private static final Set<String> DSL_ENTRY = Set.of("org.jdissect.dsl.CompiledFilter",
            "org.jdissect.dsl.DisplayFilter", "org.jdissect.dsl.DisplayFilterException");

    static boolean allowed(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("org.jdissect.lib.") || n.startsWith("org.jdissect.api.")
                || DSL_ENTRY.contains(n) || c.getPackageName().equals("org.jdissect.output");
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

    @Test
    void publicSignaturesUseOnlyPublicPackages() {
        List<String> bad = new ArrayList<>();
        for (Class<?> c : PUBLIC) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                String where = c.getSimpleName() + "." + m.getName();
                check(m.getGenericReturnType(), where, bad);
                for (Type p : m.getGenericParameterTypes()) {
                    check(p, where, bad);
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers()) && !c.isRecord()) {
                    bad.add(c.getSimpleName() + " has a public constructor: use the factory methods");
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

    /** Every public class of the package is in {@link #PUBLIC}, so a new one cannot escape the checks. */
    @Test
    void everyPublicClassIsChecked() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(ApiSurfaceTest.class.getResource("Jdissect.class").toURI())
                .getParent();
        List<Class<?>> found = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class")) {
                    Class<?> c = Class.forName("org.jdissect.lib." + n.substring(0, n.length() - 6));
                    if (Modifier.isPublic(c.getModifiers())) {
                        found.add(c);
                    }
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(PUBLIC);
    }

    @Test
    void theRuleRejectsThePrinterPackages() {
        assertThat(allowed(org.jdissect.output.OutputMode.class)).isTrue();
        assertThat(allowed(org.jdissect.output.OutputMode.Tcpdump.class)).isTrue();
        assertThat(allowed(org.jdissect.output.print.TreePrinter.class)).isFalse();
        assertThat(allowed(org.jdissect.output.tcpdump.TcpdumpPrinter.class)).isFalse();
        assertThat(allowed(org.jdissect.dissectors.frame.FrameModule.class)).isFalse();
    }

    @Test
    void everyPublicTypeIsDocumentedAndFinal() {
        for (Class<?> c : PUBLIC) {
            assertThat(Modifier.isFinal(c.getModifiers())).as(c + " is final").isTrue();
        }
        assertThat(ApiSurfaceTest.class.getClassLoader().getResource("org/jdissect/lib/package-info.class"))
                .as("package documentation").isNotNull();
    }
}
