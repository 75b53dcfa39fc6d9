package org.jdissect.dsl.ast;

import java.util.List;

/** Something that yields values for a packet: a field, a literal, a slice, a function call or arithmetic. */
public sealed interface Value {
    Span span();

    /**
     * An unquoted word: a field, a protocol or a literal (number, address, byte string, value name). Only the type
     * checker can tell, as in Wireshark, because it depends on the registry and on the other side of the relation.
     */
    record Word(String text, Span span) implements Value {
    }

    /**
     * A name that is a field by syntax: written with a leading dot ({@code .udp.dstport}) or with a layer selector
     * ({@code ip.addr#2}). {@code layers} is empty when no selector was given.
     */
    record Field(String name, List<SliceRange> layers, Span span) implements Value {
        public Field {
            layers = List.copyOf(layers);
        }
    }

    /** {@code ${field}}: the field's values in the selected frame. */
    record Reference(String name, List<SliceRange> layers, Span span) implements Value {
        public Reference {
            layers = List.copyOf(layers);
        }
    }

    /** A double-quoted string with escapes already decoded; {@code raw} for {@code r"…"}, kept for printing. */
    record StringLit(String value, boolean raw, Span span) implements Value {
    }

    /** A character constant such as {@code 'a'}, {@code '\n'} or {@code '\x41'}; {@code text} is as written. */
    record CharLit(int value, String text, Span span) implements Value {
    }

    record Slice(Value base, List<SliceRange> ranges, Span span) implements Value {
        public Slice {
            ranges = List.copyOf(ranges);
        }
    }

    record Call(String name, List<Value> args, Span nameSpan, Span span) implements Value {
        public Call {
            args = List.copyOf(args);
        }
    }

    record Arithmetic(ArithOp op, Value left, Value right, Span opSpan, Span span) implements Value {
    }

    /** Unary minus (unary plus is dropped by the builder, as Wireshark does). */
    record Negate(Value operand, Span span) implements Value {
    }
}
