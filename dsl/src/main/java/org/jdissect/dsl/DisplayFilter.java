package org.jdissect.dsl;

import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.limits.Limits;
import org.jdissect.dsl.ast.Expr;
import org.jdissect.dsl.ast.Span;
import org.jdissect.dsl.check.TypeChecker;
import org.jdissect.dsl.eval.PacketScope;
import org.jdissect.dsl.eval.Predicates;
import org.jdissect.dsl.parse.AstPrinter;
import org.jdissect.dsl.parse.FilterParser;

/**
 * Entry point of the display-filter pipeline: text → AST ({@link #parse}) → checked and compiled predicate
 * ({@link #compile}). Errors are {@link DisplayFilterException}s that know the filter text, so
 * {@link DisplayFilterException#render()} can print the caret line.
 *
 * <pre>{@code
 * try {
 *     CompiledFilter f = DisplayFilter.compile("ip.addr == 10.0.0.0/8 && tcp.port in {80, 443}", registry);
 *     if (f.test(tree)) { ... }
 * } catch (DisplayFilterException e) {
 *     System.err.println("jdissect: " + e.render());
 * }
 * }</pre>
 */
public final class DisplayFilter {
    private DisplayFilter() {
    }

    /** Parses {@code text} without looking at any registry. */
    public static Expr parse(String text) {
        return parse(text, Limits.fromSystemProperties());
    }

    /** As {@link #parse(String)}, with the nesting and operator caps of {@code limits}. */
    public static Expr parse(String text, Limits limits) {
        try {
            return FilterParser.parse(text, limits);
        } catch (DisplayFilterException e) {
            throw e.withFilter(text);
        }
    }

    /**
     * Parses, type-checks against {@code registry} and compiles {@code text}. A blank filter matches every packet,
     * as {@code tshark -Y ""} does. The default limits apply (with any {@code jdissect.limit.*} system property).
     */
    public static CompiledFilter compile(String text, FieldRegistry registry) {
        return compile(text, registry, Limits.fromSystemProperties());
    }

    /**
     * As {@link #compile(String, FieldRegistry)}, with the caps of {@code limits}: nesting depth, operators and the
     * size of {@code matches} patterns (front ends pass their engine's {@code limits()}).
     */
    public static CompiledFilter compile(String text, FieldRegistry registry, Limits limits) {
        PacketScope scope = new PacketScope();
        if (text.isBlank()) {
            return new CompiledFilter(text, Predicates.constant(true), scope);
        }
        Expr ast = parse(text, limits);
        try {
            return new CompiledFilter(text, new TypeChecker(registry, scope, limits).check(ast), scope);
        } catch (DisplayFilterException e) {
            throw e.withFilter(text);
        } catch (StackOverflowError e) {
            throw new DisplayFilterException("Filter is too complex to compile.", new Span(0, text.length()))
                    .withFilter(text);
        }
    }

    /** The canonical text of {@code ast}; parsing it gives the same AST back. */
    public static String print(Expr ast) {
        return AstPrinter.print(ast);
    }
}
