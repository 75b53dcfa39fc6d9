package org.jdissect.dsl.eval;

/**
 * A compiled value source: for the current packet it fills its own {@link Values} buffer and returns it. The
 * buffer is reused on the next packet, so a caller reads it before evaluating the same operand again.
 */
public abstract class Operand {
    final Kind kind;
    final Values out;

    protected Operand(Kind kind) {
        this.kind = kind;
        this.out = new Values(kind);
    }

    public Kind kind() {
        return kind;
    }

    abstract Values eval(PacketScope scope);

    /**
     * Whether the latest {@link #eval} read something, even if it gave no value: a slice wholly past the end of the
     * values of a field that is present ({@code frame[1000:2]} of a short frame) reads the field and yields nothing,
     * which dfvm tells apart from an absent field (see {@link Predicates#relation}).
     */
    boolean read() {
        return out.size > 0;
    }
}
