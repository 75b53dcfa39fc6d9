package org.jdissect.api.expert;

/** What an expert finding is about, with Wireshark's {@code PI_*} group values (JSON prints the number). */
public enum ExpertGroup {
    CHECKSUM(0x01000000, "Checksum"),
    SEQUENCE(0x02000000, "Sequence"),
    RESPONSE_CODE(0x03000000, "Response"),
    REQUEST_CODE(0x04000000, "Request"),
    UNDECODED(0x05000000, "Undecoded"),
    REASSEMBLE(0x06000000, "Reassemble"),
    MALFORMED(0x07000000, "Malformed"),
    DEBUG(0x08000000, "Debug"),
    PROTOCOL(0x09000000, "Protocol"),
    SECURITY(0x0a000000, "Security"),
    COMMENTS_GROUP(0x0b000000, "Comment"),
    DECRYPTION(0x0c000000, "Decryption"),
    ASSUMPTION(0x0d000000, "Assumption"),
    DEPRECATED(0x0e000000, "Deprecated");

    private final int value;
    private final String label;

    ExpertGroup(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    /** The word in "Expert Info (Chat/Sequence)" and "Group: Sequence". */
    public String label() {
        return label;
    }
}
