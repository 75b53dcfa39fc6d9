package org.jdissect.api.tree;

import java.util.function.Consumer;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.field.FieldType;

/**
 * One item of a protocol tree: a field with its value, or a line of text, covering {@code length} bytes at
 * {@code offset} of its data source. Nodes are pooled by their {@link ProtoTree} and reused for the next packet, so
 * never keep a reference across packets.
 *
 * <p>Values are held unboxed: integers, booleans and addresses that fit in {@link #num()}; strings, byte arrays,
 * IPv6 addresses and doubles in {@link #obj()}.
 *
 * <p>When the tree {@linkplain ProtoTree#keepOnly keeps only some fields}, adding another one returns this node's
 * {@linkplain #isPhantom phantom}: every setter on it does nothing, and what is added to it goes to this node.
 */
public final class ProtoNode {
    final ProtoTree tree;
    ProtoNode parent;
    ProtoNode firstChild;
    ProtoNode lastChild;
    ProtoNode next;
    /** Levels below the root (0 for the root), set by {@link ProtoTree#alloc} for its depth cap. */
    int depth;

    FieldDef def;
    ByteView source;
    int offset;
    int length;
    long num;
    Object obj;
    String label;
    String summary;
    /**
     * The dissector's {@link #flags} in the low bits, {@link #GENERATED} and {@link #HIDDEN} above them: one store
     * initialises all three (a whole tree writes a hundred nodes a packet, and their stores are its cost).
     */
    int bits;
    private static final int GENERATED = 1 << 30;
    private static final int HIDDEN = 1 << 31;
    private static final int TEXT_GIVEN = 1 << 29;
    /** The bits {@link #flags} keeps: 29. */
    private static final int FLAGS = TEXT_GIVEN - 1;
    /** This node's stand-in for fields the tree does not keep; made once, reused for every packet. */
    private ProtoNode phantom;
    private final boolean isPhantom;

    ProtoNode(ProtoTree tree) {
        this.tree = tree;
        this.isPhantom = false;
    }

    private ProtoNode(ProtoNode host) {
        this.tree = host.tree;
        this.parent = host;
        this.isPhantom = true;
    }

    /** Where a child added to this node goes: itself, or for a phantom the real node it stands in for. */
    private ProtoNode host() {
        return isPhantom ? parent : this;
    }

    private ProtoNode phantom() {
        ProtoNode p = phantom;
        if (p == null) {
            p = phantom = new ProtoNode(this);
        }
        return p;
    }

    /** Whether this node stands in for fields the tree does not keep (it stores nothing and prints nothing). */
    public boolean isPhantom() {
        return isPhantom;
    }

    /**
     * Whether adding {@code f} here builds a real node; a dissector may skip computing a costly value (a formatted
     * string, a copied array) when it does not.
     */
    public boolean wants(FieldDef f) {
        return tree.keeps(f);
    }

    /**
     * Whether adding any field of {@code group} here builds a real node; when not, a dissector may skip adding the
     * group's items (and computing their values and expert findings) altogether. The group must name every field
     * the skipped code could add, expert items' fields included.
     */
    public boolean wantsAny(FieldSet group) {
        return tree.keepsAny(group);
    }

    /**
     * Makes a pooled node this packet's, with its value: every field is written here, once (a node is not
     * {@linkplain #release released} between packets unless the next tree leaves it unused).
     */
    void reset(ProtoNode parent, FieldDef def, ByteView source, int offset, int length, long num) {
        this.parent = parent;
        this.firstChild = null;
        this.lastChild = null;
        this.next = null;
        this.def = def;
        this.source = source;
        this.offset = offset;
        this.length = length;
        this.num = num;
        this.bits = 0;
        this.obj = null;
        this.label = null;
        this.summary = null;
    }

    /**
     * Drops what the node refers to outside its tree, when a packet ends without reusing it (see
     * {@link ProtoTree#clear}). ({@code def} is left: field definitions live as long as the registry.)
     */
    void release() {
        this.source = null;
        this.obj = null;
        this.label = null;
        this.summary = null;
    }

    // ---- building ----------------------------------------------------------------------------------------------

    /** Adds a child field with an integer/boolean/address value; {@code off} and {@code len} are within {@code tvb}. */
    public ProtoNode add(FieldDef f, ByteView tvb, int off, int len, long value) {
        return child(f, tvb, off, len, value);
    }

    /** Adds a child field whose value is an object: String, byte[], double, an IPv6 address as byte[16]… */
    public ProtoNode addObj(FieldDef f, ByteView tvb, int off, int len, Object value) {
        ProtoNode n = child(f, tvb, off, len, 0);
        if (!n.isPhantom) {
            n.obj = value;
        }
        return n;
    }

    /**
     * Adds a child string field whose value is the ASCII text of the bytes it covers as Wireshark makes an FT_STRING
     * item with ENC_ASCII ({@link ByteView#asciiString}: a byte above 0x7f is U+FFFD, the text ends at the first NUL),
     * made only when someone reads it ({@link #obj}): a message body shown in a tree as "File Data: N bytes" is
     * seldom read as text, and copying every body twice into a String was a sixth of what a -V run allocated.
     */
    public ProtoNode addAscii(FieldDef f, ByteView tvb, int off, int len) {
        ProtoNode n = child(f, tvb, off, len, 0);
        if (!n.isPhantom) {
            n.obj = ASCII_OF_BYTES;
        }
        return n;
    }

    /**
     * Adds a child string field whose text is {@code text} applied to {@code value}, made only when someone reads it
     * ({@link #obj}): the text forms of addresses (eth.src_resolved, ip.src_host, …) are in every full tree but
     * seldom read, and formatting them was a tenth of Ethernet/IPv4/TCP dissection. {@code text} should be a
     * constant (a static method reference) so that adding allocates nothing; {@link #num} keeps {@code value}.
     */
    public ProtoNode addFormatted(FieldDef f, ByteView tvb, int off, int len, long value, Formatter text) {
        ProtoNode n = child(f, tvb, off, len, value);
        if (!n.isPhantom) {
            n.obj = text;
        }
        return n;
    }

    /** The text of a number, made when a node added by {@link #addFormatted} is read. */
    @FunctionalInterface
    public interface Formatter {
        String format(long value);
    }

    /** In {@link #obj}: the value is the ASCII text of the node's bytes, not made yet. */
    private static final Object ASCII_OF_BYTES = new Object();

    /**
     * Adds a protocol or subtree item with no value. A protocol or FT_NONE item longer than the bytes captured from
     * {@code off} ends where they end, as proto.c's get_hfi_length cuts such "interior nodes" (an ARP header cut by
     * the snapshot length: "arp" covers what was captured), so its length is never past the data. So does a protocol
     * in name only (a TCP or IP option: Wireshark dissects each in a tvb of its own length and adds its item over
     * the rest of it).
     */
    public ProtoNode addItem(FieldDef f, ByteView tvb, int off, int len) {
        if (f != null && len > 0 && off >= 0 && len > tvb.remaining(off)
                && (f.type() == FieldType.PROTOCOL || f.type() == FieldType.NONE || f.protocolInNameOnly())) {
            len = tvb.remaining(off);
        }
        return child(f, tvb, off, len, 0);
    }

    /**
     * A new child for {@code f} with value {@code num} under the real node this one is or stands in for, or its
     * phantom if not kept.
     */
    private ProtoNode child(FieldDef f, ByteView tvb, int off, int len, long num) {
        ProtoNode h = host();
        return tree.keeps(f) || tree.keepsUnder(h) ? tree.alloc(h, f, tvb, off, len, num) : h.phantom();
    }

    /** Adds a line of text with no field behind it. */
    public ProtoNode addText(ByteView tvb, int off, int len, String text) {
        ProtoNode n = textItem(tvb, off, len);
        if (!n.isPhantom) {
            n.label = text;
        }
        return n;
    }

    /** A new text item (no field behind it), which only a whole tree keeps: else this node's phantom. */
    private ProtoNode textItem(ByteView tvb, int off, int len) {
        ProtoNode h = host();
        return tree.keepsAll() || tree.keepsUnder(h) ? tree.alloc(h, null, tvb, off, len, 0) : h.phantom();
    }

    /**
     * Adds a line of text with no field behind it whose text is the bytes it covers, each byte a character, control
     * characters escaped ({@link FieldFormat#formatText}), made only when someone reads it ({@link #label}): a text
     * body's lines are most of a -V run's items on web traffic, and a printer can write them from the bytes
     * ({@link #isTextOfBytes}) without the two strings a line the text took to make.
     */
    public ProtoNode addTextOfBytes(ByteView tvb, int off, int len) {
        ProtoNode n = textItem(tvb, off, len);
        if (!n.isPhantom) {
            n.obj = TEXT_OF_BYTES;
        }
        return n;
    }

    /** In {@link #obj} of a text item: its label is the formatted text of its bytes, not made yet. */
    private static final Object TEXT_OF_BYTES = new Object();

    /** Whether the label is the formatted text of the covered bytes, not made until {@link #label} is read. */
    public boolean isTextOfBytes() {
        return obj == TEXT_OF_BYTES && label == null;
    }

    /** Replaces the default "Name: value" representation with {@code text}, as proto_tree_add_*_format does. */
    public ProtoNode label(String text) {
        if (isPhantom) {
            return this;
        }
        this.label = text;
        return this;
    }

    /** Appends to the representation (proto_item_append_text). */
    public ProtoNode appendLabel(String text) {
        if (isPhantom) {
            return this;
        }
        this.summary = summary == null ? text : summary + text;
        return this;
    }

    /**
     * Replaces what {@link #appendLabel} added: for a representation its dissector rewrites after adding the item
     * (reassemble.c's fragment list after fragment_truncate).
     */
    public ProtoNode replaceAppended(String text) {
        if (isPhantom) {
            return this;
        }
        this.summary = text;
        return this;
    }

    /** Marks a value Wireshark computes rather than reads (shown in [brackets]). */
    public ProtoNode generated() {
        if (isPhantom) {
            return this;
        }
        this.bits |= GENERATED;
        return this;
    }

    /**
     * Marks the label as text the dissector gave a protocol item (proto_tree_add_protocol_format): -T fields prints
     * it even when it is just the protocol's name, where an item given no text prints its abbreviation.
     */
    public ProtoNode textGiven() {
        if (isPhantom) {
            return this;
        }
        this.bits |= TEXT_GIVEN;
        return this;
    }

    public boolean isTextGiven() {
        return (bits & TEXT_GIVEN) != 0;
    }

    /** Present for filters and fields output, not shown in the tree. */
    public ProtoNode hidden() {
        if (isPhantom) {
            return this;
        }
        this.bits |= HIDDEN;
        return this;
    }

    /**
     * Shows again an item added {@linkplain #hidden hidden} (proto_item_set_visible): packet-dhcp.c adds each
     * option's raw value hidden, and shows it only when no decoder took the option.
     */
    public ProtoNode visible() {
        if (isPhantom) {
            return this;
        }
        this.bits &= ~HIDDEN;
        return this;
    }

    /**
     * Removes this node (and its subtree) from its parent, for an item added before the dissector knew whether it
     * would stand (TCP's reassembly list when the protocol above turns out to need still more bytes).
     */
    public void detach() {
        if (parent == null || isPhantom) {
            return;
        }
        ProtoNode prev = null;
        for (ProtoNode c = parent.firstChild; c != null; prev = c, c = c.next) {
            if (c == this) {
                if (prev == null) {
                    parent.firstChild = next;
                } else {
                    prev.next = next;
                }
                if (parent.lastChild == this) {
                    parent.lastChild = prev;
                }
                next = null;
                parent = null;
                return;
            }
        }
    }

    /**
     * Moves this node after its last sibling: for an item Wireshark adds after the layer above has added its own to
     * the same subtree (TCP's "TCP segment data" after the PDU sizes tcp_dissect_pdus notes).
     */
    public void moveToEnd() {
        ProtoNode p = parent;
        if (p == null || isPhantom || p.lastChild == this) {
            return;
        }
        detach();
        parent = p;
        p.lastChild.next = this;
        p.lastChild = this;
    }

    public ProtoNode setLength(int len) {
        if (isPhantom) {
            return this;
        }
        this.length = len;
        return this;
    }

    public ProtoNode setValue(long v) {
        if (isPhantom) {
            return this;
        }
        this.num = v;
        return this;
    }

    public ProtoNode setObj(Object v) {
        if (isPhantom) {
            return this;
        }
        this.obj = v;
        return this;
    }

    /** Sets flag bits of the dissector's own meaning (the low 29 bits; the others are ignored). */
    public ProtoNode flags(int f) {
        if (isPhantom) {
            return this;
        }
        this.bits |= f & FLAGS;
        return this;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public FieldDef def() {
        return def;
    }

    /** The field abbreviation, or null for a text line. */
    public String abbrev() {
        return def == null ? null : def.abbrev();
    }

    /** The data source the offsets refer to; a phantom answers for the node it stands in for (as do offset, length). */
    public ByteView source() {
        return isPhantom ? parent.source : source;
    }

    /** Offset within {@link #source()}. */
    public int offset() {
        return isPhantom ? parent.offset : offset;
    }

    /** Offset within the source's data source (the frame, for a view sliced from it). */
    public int sourceOffset() {
        return source == null ? offset : source.sourceOffset(offset);
    }

    public int length() {
        return isPhantom ? parent.length : length;
    }

    public long num() {
        return num;
    }

    public Object obj() {
        Object o = obj;
        if (o == ASCII_OF_BYTES) {
            obj = o = source.asciiString(offset, length);
        } else if (o instanceof Formatter text) {
            obj = o = text.format(num);
        } else if (o == TEXT_OF_BYTES) {
            return null; // a text item has no value
        }
        return o;
    }

    /**
     * The bytes of a byte-valued item: its stored array if it has one, else the captured bytes it covers in its
     * source (payload items keep no copy). Always a fresh array.
     */
    public byte[] bytes() {
        if (obj instanceof byte[] b) {
            return b.clone();
        }
        if (source == null) {
            return new byte[0];
        }
        int n = Math.max(0, Math.min(length, source.remaining(offset)));
        return n == 0 ? new byte[0] : source.toArray(offset, n);
    }

    public boolean bool() {
        return num != 0;
    }

    public String label() {
        if (label == null && obj == TEXT_OF_BYTES) {
            byte[] b = source.toArray(offset, length);
            label = FieldFormat.formatTextOfBytes(b, 0, b.length);
        }
        return label;
    }

    /** Text appended to the representation, or null. */
    public String appended() {
        return summary;
    }

    public boolean isGenerated() {
        return (bits & GENERATED) != 0;
    }

    public boolean isHidden() {
        return (bits & HIDDEN) != 0;
    }

    public int flagBits() {
        return bits & FLAGS;
    }

    public boolean isProtocol() {
        return def != null && def.type() == FieldType.PROTOCOL;
    }

    public ProtoNode parent() {
        return parent;
    }

    public ProtoNode firstChild() {
        return firstChild;
    }

    public ProtoNode next() {
        return next;
    }

    /** The last child, or null. */
    public ProtoNode lastChild() {
        return lastChild;
    }

    public boolean hasChildren() {
        return firstChild != null;
    }

    /** Visits every descendant in tree order (depth first, document order). */
    public void walk(Consumer<ProtoNode> visitor) {
        for (ProtoNode c = firstChild; c != null; c = c.next) {
            visitor.accept(c);
            c.walk(visitor);
        }
    }

    /** First descendant carrying field {@code f}, or null. */
    public ProtoNode find(FieldDef f) {
        for (ProtoNode c = firstChild; c != null; c = c.next) {
            if (c.def == f || (c.def != null && c.def.equals(f))) {
                return c;
            }
            ProtoNode d = c.find(f);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** First descendant whose field is named {@code abbrev}, or null. */
    public ProtoNode find(String abbrev) {
        for (ProtoNode c = firstChild; c != null; c = c.next) {
            if (c.def != null && c.def.abbrev().equals(abbrev)) {
                return c;
            }
            ProtoNode d = c.find(abbrev);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return (def == null ? "text" : def.abbrev()) + "@" + offset + "+" + length
                + (label != null ? " '" + label + "'" : obj() != null ? " " + obj() : " " + num);
    }
}
