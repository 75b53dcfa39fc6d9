package org.jdissect.api.field;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One field, declared once: the tree, filters, {@code -T fields}, JSON and {@code jdissect fields} all read this.
 *
 * @param abbrev     the filter name exactly as Wireshark spells it ({@code tcp.flags.syn})
 * @param name       the display name ({@code Syn})
 * @param type       the value type
 * @param base       integer display base ({@link Base#NONE} for non-integers)
 * @param bitmask    for bit fields, the mask within the containing integer of {@code bitWidth} bits; 0 otherwise
 * @param bitWidth   width in bits of the containing integer a bitmask applies to (8, 16, 24, 32); 0 if none
 * @param valueNames names of integer values ({@code 6 -> TCP}), or empty
 * @param trueFalse  for booleans, the words for set/not set (index 0 = true)
 * @param blurb      a sentence of description, or empty
 * @param id         a number unique to this definition in this JVM, given by the constructor without it: it lets a
 *                   {@link FieldSet} test membership with one bit, on the path every tree item takes
 * @param protocolInNameOnly whether Wireshark registers this item as a protocol in name only
 *                   ({@code proto_register_protocol_in_name_only}, such as {@code tcp.options.mss}): a
 *                   {@link FieldType#BYTES} item whose value is the bytes it covers, listed by
 *                   {@code jdissect fields} as a protocol ("P" line) as {@code tshark -G fields} lists it
 * @param ftype      the Wireshark type it is declared as, which {@code jdissect fields} lists, {@code -T json -x}
 *                   numbers and some filter messages name: {@code type}'s own ({@link FieldType#ftype()}), or for a
 *                   {@link FieldType#STRING} one of the string types jdissect holds as text: FT_STRINGZ (read up to its
 *                   NUL), FT_STRINGZPAD (a NUL-padded field: the text before the first NUL), FT_OID (its dotted text,
 *                   as tshark prints it), FT_UINT_STRING, FT_STRINGZTRUNC. Null stands for {@code type}'s own.
 */
public record FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                       Map<Long, String> valueNames, String[] trueFalse, String blurb, int id,
                       boolean protocolInNameOnly, Ftype ftype) {

    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    public static final String[] SET_NOT_SET = {"Set", "Not set"};
    public static final String[] TRUE_FALSE = {"True", "False"};

    /** A new definition with the next free {@link #id()}. */
    public FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                    Map<Long, String> valueNames, String[] trueFalse, String blurb) {
        this(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb, NEXT_ID.getAndIncrement(),
                false);
    }

    /** A new definition with the next free {@link #id()}, a protocol in name only if {@code protocolInNameOnly}. */
    public FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                    Map<Long, String> valueNames, String[] trueFalse, String blurb, boolean protocolInNameOnly) {
        this(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb, NEXT_ID.getAndIncrement(),
                protocolInNameOnly);
    }

    /** A definition with the given {@link #id()} (the form before {@link #ftype()} existed). */
    public FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                    Map<Long, String> valueNames, String[] trueFalse, String blurb, int id,
                    boolean protocolInNameOnly, boolean nulTerminated, boolean objectIdentifier) {
        this(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb, id, protocolInNameOnly,
                nulTerminated ? Ftype.FT_STRINGZ : objectIdentifier ? Ftype.FT_OID : null);
    }

    /** A definition with the given {@link #id()} (the form before {@link #objectIdentifier()} existed). */
    public FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                    Map<Long, String> valueNames, String[] trueFalse, String blurb, int id,
                    boolean protocolInNameOnly, boolean nulTerminated) {
        this(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb, id, protocolInNameOnly,
                nulTerminated ? Ftype.FT_STRINGZ : null);
    }

    /** A definition with the given {@link #id()} (the form before {@link #nulTerminated()} existed). */
    public FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                    Map<Long, String> valueNames, String[] trueFalse, String blurb, int id,
                    boolean protocolInNameOnly) {
        this(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb, id, protocolInNameOnly,
                (Ftype) null);
    }

    /** A definition with the given {@link #id()} (the form before {@link #protocolInNameOnly()} existed). */
    public FieldDef(String abbrev, String name, FieldType type, Base base, long bitmask, int bitWidth,
                    Map<Long, String> valueNames, String[] trueFalse, String blurb, int id) {
        this(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb, id, false);
    }

    public FieldDef {
        if (id < 0) {
            throw new IllegalArgumentException("id " + id);
        }
        Objects.requireNonNull(abbrev, "abbrev");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        base = base == null ? Base.NONE : base;
        valueNames = ValueNames.copyOf(valueNames);
        trueFalse = trueFalse == null ? TRUE_FALSE : trueFalse.clone();
        blurb = blurb == null ? "" : blurb;
        if (protocolInNameOnly && type != FieldType.BYTES) {
            throw new IllegalArgumentException(abbrev + ": a protocol in name only is registered as FT_BYTES");
        }
        ftype = ftype == null ? type.ftype() : ftype;
        if (ftype != type.ftype() && !(type == FieldType.STRING && ftype.isString())) {
            throw new IllegalArgumentException(abbrev + ": a " + type + " cannot be declared " + ftype);
        }
    }

    /** Whether Wireshark declares this string FT_STRINGZ (read up to its NUL). */
    public boolean nulTerminated() {
        return ftype == Ftype.FT_STRINGZ;
    }

    /** Whether Wireshark declares this string FT_OID (jdissect holds the dotted text tshark prints for it). */
    public boolean objectIdentifier() {
        return ftype == Ftype.FT_OID;
    }

    /** The protocol part of the abbreviation: {@code tcp} for {@code tcp.flags.syn}. */
    public String protocol() {
        int dot = abbrev.indexOf('.');
        return dot < 0 ? abbrev : abbrev.substring(0, dot);
    }

    public String valueName(long v) {
        return ((ValueNames) valueNames).name(v);
    }

    /** Number of bits to shift a masked value right: the mask's trailing zeros. */
    public int shift() {
        return bitmask == 0 ? 0 : Long.numberOfTrailingZeros(bitmask);
    }

    public String trueWord() {
        return trueFalse[0];
    }

    public String falseWord() {
        return trueFalse[1];
    }

    // records compare arrays by identity; two defs are the same field when their abbrev is
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldDef f && f.abbrev.equals(abbrev) && f.type == type;
    }

    @Override
    public int hashCode() {
        return abbrev.hashCode();
    }

    @Override
    public String toString() {
        return abbrev + " (" + type + ")";
    }

    /**
     * A second registration of this field's name with a bit mask of its own, as Wireshark allows two header fields
     * of one abbreviation (packet-ipv6.c's hidden {@code ip.version} is a bit field, packet-ip.c's is not): the same
     * field to filters and outputs (equal, with the same {@link #id()}), not registered again, so the registry and
     * {@code jdissect fields} list the first only, as {@code tshark -G fields} does. Only the mask differs, which
     * {@code -T json -x} shows.
     */
    public FieldDef withMask(long mask, int width) {
        return variant(type, mask, width);
    }

    /**
     * A second registration of this field's name with a type and bit mask of its own ({@link #withMask} with a
     * type): packet-llc.c registers {@code llc.control.ftype} as FT_UINT8 over a U frame's one-byte control field
     * and as FT_UINT16 over the two bytes of I and S frames. The same field to filters and outputs; its items show
     * and number their own type ({@code -T fields} "0x03" against "0x0000", {@code -T json -x}).
     */
    public FieldDef variant(FieldType type, long mask, int width) {
        return new FieldDef(abbrev, name, type, base, mask, width, valueNames, trueFalse, blurb, id,
                protocolInNameOnly, type == this.type ? ftype : null);
    }

    /**
     * Whether {@code other} is this field, under this registration or another of its name ({@link #variant}): the
     * identity first, then the id before the name, for callers that ask it of every tree item.
     */
    public boolean sameField(FieldDef other) {
        return other == this || other != null && other.id == id && other.abbrev.equals(abbrev);
    }

    public static Builder builder(String abbrev, String name, FieldType type) {
        return new Builder(abbrev, name, type);
    }

    /** Fluent construction, so field tables read like Wireshark's {@code hf_register_info}. */
    public static final class Builder {
        private final String abbrev;
        private final String name;
        private final FieldType type;
        private Base base = Base.NONE;
        private long bitmask;
        private int bitWidth;
        private Map<Long, String> valueNames = Map.of();
        private String[] trueFalse = TRUE_FALSE;
        private String blurb = "";
        private boolean protocolInNameOnly;
        private Ftype ftype;

        private Builder(String abbrev, String name, FieldType type) {
            this.abbrev = abbrev;
            this.name = name;
            this.type = type;
            if (type.isInteger()) {
                base = Base.DEC;
            }
        }

        public Builder base(Base b) {
            base = b;
            return this;
        }

        public Builder hex() {
            return base(Base.HEX);
        }

        /** A bit field of an integer {@code bitWidth} bits wide. */
        public Builder mask(long mask, int width) {
            bitmask = mask;
            bitWidth = width;
            return this;
        }

        public Builder names(Map<Long, String> names) {
            valueNames = names;
            return this;
        }

        public Builder trueFalse(String t, String f) {
            trueFalse = new String[] {t, f};
            return this;
        }

        public Builder setNotSet() {
            trueFalse = SET_NOT_SET;
            return this;
        }

        public Builder blurb(String b) {
            blurb = b;
            return this;
        }

        /**
         * Marks the field as Wireshark's protocol in name only ({@code proto_register_protocol_in_name_only(name,
         * short_name, abbrev, parent, FT_BYTES)}), such as a TCP option: the field must be {@link FieldType#BYTES}.
         */
        public Builder protocolInNameOnly() {
            protocolInNameOnly = true;
            return this;
        }

        /** Marks a {@link FieldType#STRING} as Wireshark's FT_STRINGZ (see {@link FieldDef#nulTerminated()}). */
        public Builder stringz() {
            return declared(Ftype.FT_STRINGZ);
        }

        /**
         * Marks a {@link FieldType#STRING} as Wireshark's FT_STRINGZPAD: a field of fixed length padded with NULs,
         * whose value is the text before the first NUL (its item still covers the whole field).
         */
        public Builder stringzpad() {
            return declared(Ftype.FT_STRINGZPAD);
        }

        /** Marks a {@link FieldType#STRING} as Wireshark's FT_OID (see {@link FieldDef#objectIdentifier()}). */
        public Builder objectIdentifier() {
            return declared(Ftype.FT_OID);
        }

        /** The Wireshark type the field is declared as, where its {@link FieldType} stands for several. */
        public Builder declared(Ftype t) {
            ftype = t;
            return this;
        }

        public FieldDef build() {
            return new FieldDef(abbrev, name, type, base, bitmask, bitWidth, valueNames, trueFalse, blurb,
                    NEXT_ID.getAndIncrement(), protocolInNameOnly, ftype);
        }
    }
}
