package org.jdissect.api.expert;

/** How bad an expert finding is, with Wireshark's {@code PI_*} severity values (JSON prints the number). */
public enum ExpertSeverity {
    COMMENT(0x00100000, "Comment", "Comments"),
    CHAT(0x00200000, "Chat", "Chats"),
    NOTE(0x00400000, "Note", "Notes"),
    WARN(0x00600000, "Warning", "Warns"),
    ERROR(0x00800000, "Error", "Errors");

    private final int value;
    private final String label;
    private final String plural;

    ExpertSeverity(int value, String label, String plural) {
        this.value = value;
        this.label = label;
        this.plural = plural;
    }

    /** Wireshark's {@code PI_CHAT}… value. */
    public int value() {
        return value;
    }

    /** The word in "Expert Info (Warning/Sequence)" and "Severity level: Warning". */
    public String label() {
        return label;
    }

    /** The section title of {@code tshark -z expert} ("Warns"). */
    public String plural() {
        return plural;
    }
}
